"""A toll named preliminary after its figure ("قتل 12 شخصا في حصيلة أولية", "…، حسب حصيلة
أولية") gives way to a figure another account of the event gives later."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "first",
    [
        "قتل 7 أشخاص في حصيلة أولية لانفجار سيارة مفخخة في مدينة الحلة.",
        "قتل 7 أشخاص في انفجار سيارة مفخخة في مدينة الحلة، حسب حصيلة أولية.",
        "قدرت السلطات مصرع 7 أشخاص، كحصيلة أولية، في انفجار سيارة مفخخة في مدينة الحلة.",
    ],
)
def test_a_preliminary_toll_gives_way_to_the_later_figure(first: str) -> None:
    text = first + " وقال مصدر طبي لاحقا إن 11 شخصا قتلوا في الانفجار."
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert len(events) == 1
    assert events[0]["fatalities"] == 11


def test_a_preliminary_toll_told_alone_stands() -> None:
    text = "قتل 7 أشخاص في انفجار سيارة مفخخة في مدينة الحلة، حسب حصيلة أولية."
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 7
