"""A request names what is asked for, not an act done: "طلبت الحكومة من الجيش استعادة المدينة".
The act told before the request, in its own clause, stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_government_asking_the_army_to_retake_a_town_is_no_retaking() -> None:
    assert _subs("وطلبت الحكومة من الجيش استعادة مدينة سرت من تنظيم داعش.") == []


def test_an_envoy_asking_to_calm_protests_tells_no_protest_and_no_deal() -> None:
    text = "طلب المبعوث الأحد من السلطة الفلسطينية تهدئة موجة التظاهرات في الضفة الغربية."
    assert _subs(text) == []


def test_a_retaking_told_before_a_request_stays() -> None:
    text = "واستعاد الجيش الليبي الأحد مدينة سرت من تنظيم داعش بعد أن طلب من السكان المغادرة."
    assert _subs(text) == ["Government regains territory"]
