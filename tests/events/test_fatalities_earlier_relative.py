"""A toll in a relative clause dated before the event ("بعد الهجوم الذي وقع الأسبوع الماضي والذي
راح ضحيته 73 شخصا") is the toll of that earlier act, not of the event told today; a relative
clause of the event itself, or one of the same day, keeps its dead."""

from __future__ import annotations

import pytest

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-05-16")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مسلحون نقطة تفتيش قرب مدينة العريش الأحد، بعد الهجوم الذي وقع الأسبوع الماضي"
        " والذي راح ضحيته 41 شخصا.",
        "هاجم مسلحون نقطة تفتيش قرب مدينة العريش الأحد، وذلك عقب التفجير الذي وقع الشهر الماضي"
        " وأسفر عن مقتل 26 شخصا.",
    ],
)
def test_a_toll_of_an_earlier_dated_clause_is_not_counted(text: str) -> None:
    assert fatalities(text) == [0]


def test_the_own_dead_stay_beside_an_earlier_clause() -> None:
    text = (
        "قتل 4 جنود في هجوم على نقطة تفتيش قرب مدينة العريش الأحد، بعد الهجوم الذي وقع"
        " الأسبوع الماضي والذي راح ضحيته 41 شخصا."
    )
    assert fatalities(text) == [4]


def test_a_clause_of_the_same_day_keeps_its_dead() -> None:
    text = "استهدف التفجير الذي وقع صباح اليوم وراح ضحيته 14 شخصا سوقا شعبيا في مدينة بعقوبة."
    assert fatalities(text) == [14]
