"""Acts summed up over weeks or more are no one day's event (ACLED codes each day's event):
"في الأشهر الأخيرة" before or after the trigger, a counted span set off by a comma ("، في
غضون شهرين", "، خلال ثلاثة أسابيع"), and the deaths such a sum leads to are its toll, not an
event of their own. Found in a seventh audit of fresh news (70 unseen articles)."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2017-04-12") -> list[tuple[str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["fatalities"]) for e in events]


def test_protests_and_clashes_of_recent_months_are_no_event() -> None:
    text = (
        "وتصاعد التوتر في الأشهر الأخيرة بسبب مظاهرات ومواجهات أدت إلى مقتل أكثر من مئة "
        "شخص في قطاع غزة."
    )
    assert _rows(text) == []


def test_strikes_of_the_past_weeks_are_no_event() -> None:
    assert _rows("وشن الطيران غارات على مدينة إدلب في الأسابيع الماضية.") == []


def test_arrests_of_recent_weeks_are_no_event() -> None:
    assert _rows("واعتقلت الشرطة عشرات الناشطين في الأسابيع الأخيرة في مدينة القطيف.") == []


def test_abductions_over_two_months_after_a_comma_are_no_event() -> None:
    text = "وأفادت منظمة حقوقية بأن مسلحين خطفوا عشرات المدنيين في ولاية الوحدة، في غضون شهرين."
    assert _rows(text) == []


def test_shelling_over_three_weeks_after_a_comma_is_no_event() -> None:
    assert _rows("وقصفت قوات النظام مدينة دوما، خلال ثلاثة أسابيع، بمئات الصواريخ.") == []


def test_an_arrest_on_a_day_is_still_an_event() -> None:
    assert _rows("واعتقلت الشرطة ثلاثة ناشطين في مدينة القطيف الأحد.") == [("Arrests", 0)]


def test_an_attack_ranked_against_recent_months_is_still_an_event() -> None:
    text = "وقتل خمسة أشخاص في هجوم على مدينة الرمادي الأحد، وهو الأعنف في الأشهر الأخيرة."
    assert _rows(text) == [("Attack", 5)]


def test_hours_after_a_truce_is_no_span() -> None:
    text = "وقتل خمسة أشخاص في قصف على مدينة إدلب الأحد، في غضون ساعات من إعلان الهدنة."
    assert ("Shelling/artillery/missile attack", 5) in _rows(text)
