"""Acts told as a record of times with no day ("شهدت كينيا عدة مرات مجموعة من الهجمات",
"تعرضت المدينة مرارا للقصف") are no one act; with a day of their own they are that day's."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_attacks_a_country_saw_several_times_are_no_event() -> None:
    text = "خاصة أن كينيا شهدت عدة مرات مجموعة من الهجمات نفذتها حركة الشباب الصومالية."
    assert _subs(text, "2015-07-21") == []


def test_a_town_shelled_repeatedly_is_no_event() -> None:
    assert _subs("وتعرضت مدينة دوما مرارا للقصف من قوات النظام.") == []


def test_strikes_repeated_on_a_day_are_that_days_event() -> None:
    text = "وقصفت الطائرات الحربية الأحد مدينة دوما عدة مرات."
    assert _subs(text) == ["Air/drone strike"]


def test_attacks_repeated_on_a_named_day_are_an_event() -> None:
    text = "وقالت مصادر محلية إن مسلحين هاجموا الحاجز أكثر من مرة يوم الأحد في مدينة العريش."
    assert _subs(text) == ["Armed clash"]
