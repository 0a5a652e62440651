"""A toll told "في وقت سابق" is an earlier figure the report has since replaced: the later,
higher toll stands, not the lowest of the two."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2016-03-08")["events"]]


def test_a_figure_told_earlier_gives_way_to_the_later_one() -> None:
    text = (
        "قال مسؤول في الشرطة إن 30 شخصا قتلوا في انفجار سيارة مفخخة في سوق مدينة الحلة اليوم. "
        "وكان مسؤول محلي قال في وقت سابق إن سبعة أشخاص قتلوا في الانفجار."
    )
    assert _fatalities(text) == [30]


def test_a_figure_told_earlier_gives_way_to_a_rise() -> None:
    text = (
        "أعلنت وزارة الصحة ارتفاع أعداد القتلى في تفجير حي الكرادة ببغداد إلى 45 قتيلا. "
        "وكانت الوزارة أفادت في وقت سابق اليوم بمقتل 9 أشخاص في التفجير."
    )
    assert _fatalities(text) == [45]
