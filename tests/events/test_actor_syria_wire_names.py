"""The Syrian regime's forces named by the president's title ("قوات نظام الرئيس بشار الأسد",
"القوات الموالية لنظام الرئيس بشار الأسد") are the state's army; the regime alone named so
("رجل الدين المؤيد لنظام الرئيس بشار الأسد") is politics, no side of the act."""

from __future__ import annotations

import pytest

import rasad

SYRIA = "Military Forces of Syria (2000-2024)"


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2013-03-10")["events"]


@pytest.mark.parametrize(
    "text",
    [
        "حلب - قصفت قوات نظام الرئيس بشار الأسد صباح اليوم بلدة عندان في ريف حلب ما أدى إلى "
        "مقتل أربعة مدنيين.",
        "دمشق - قال ناشطون إن القوات الموالية لنظام الرئيس بشار الأسد قصفت بالمدفعية بلدة "
        "عربين في الغوطة الشرقية.",
    ],
)
def test_the_regimes_forces_named_by_the_presidents_title_are_the_army(text: str) -> None:
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == SYRIA


def test_a_supporter_of_the_regime_killed_in_a_bombing_is_no_army() -> None:
    text = (
        "دمشق - قتل إمام مسجد بارز مؤيد لنظام الرئيس بشار الأسد في تفجير انتحاري استهدف "
        "المسجد في حي المزرعة وسط العاصمة."
    )
    events = _events(text)
    assert events, "no event read"
    assert all(SYRIA not in (e["actor1"], e["actor2"]) for e in events)
