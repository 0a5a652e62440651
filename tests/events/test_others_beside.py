"""The one assassinated beside "the others" killed with him (events/others_beside.py)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_the_assassinated_sheikh_is_one_more_than_the_others() -> None:
    events = events_of(
        "اغتال مجهولون الاثنين الشيخ حسن الجنابي المرشح للانتخابات بتفجير عبوة لاصقة بسيارته "
        "أسفرت عن مقتل شخصين آخرين كانا برفقته جنوب بغداد.",
        "2021-03-10",
    )
    assert [e["fatalities"] for e in events] == [3]


def test_a_wounded_sheikh_adds_no_dead_to_the_others() -> None:
    events = events_of(
        "أصيب الشيخ حسن الجنابي الاثنين بتفجير عبوة لاصقة بسيارته جنوب بغداد أسفر عن مقتل "
        "شخصين آخرين.",
        "2021-03-10",
    )
    assert [e["fatalities"] for e in events] == [2]


def test_an_attempt_on_the_sheikh_adds_no_dead_to_the_others() -> None:
    events = events_of(
        "حاول مسلحون اغتيال الشيخ حسن الجنابي الاثنين بتفجير عبوة لاصقة بسيارته جنوب بغداد "
        "أسفر عن مقتل شخصين آخرين.",
        "2021-03-10",
    )
    assert [e["fatalities"] for e in events] == [2]
