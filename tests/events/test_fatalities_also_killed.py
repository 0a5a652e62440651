"""Dead told after "كما" and a death verb ("كما قتل ثلاثة", "كما لقي ثلاثة مصرعهم") in a later
sentence are more dead of the event told before: they add to its toll, no rival report."""

from __future__ import annotations

import pytest

import rasad

_FIRST = "قتل أربعة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش. "


@pytest.mark.parametrize(
    "more",
    ["كما قتل مدنيان اثنان في الهجوم.", "كما لقي مدنيان اثنان مصرعهما في الهجوم."],
)
def test_dead_told_also_add_to_the_first_toll(more: str) -> None:
    events = rasad.extract(_FIRST + more, published="2019-02-01")["events"]
    assert len(events) == 1
    assert events[0]["fatalities"] == 6


def test_a_count_after_a_vague_word_replaces_it() -> None:
    text = "أودى انفجار في مسجد بمدينة حمص بحياة العشرات. كما قتل في التفجير 49 شخصا."
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 49


def test_a_report_after_also_is_one_more_account_not_more_dead() -> None:
    more = "وقال مصدر إن الهجوم أسفر عن مقتل ستة جنود. كما أكدت الشرطة مقتل جنديين."
    events = rasad.extract(_FIRST + more, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 2
