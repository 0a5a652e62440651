"""The split idiom "لقي N … مصرعهم" counts its subject even when the figure is followed by "من"
and a group rather than a noun of people ("لقي 24 من ميليشيا الحوثي مصرعهم"): the subject
of "لقي … مصرعه" is always people who died, so the figure is the toll, not the unnumbered 3."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("لقي 24 من ميليشيا الحوثي مصرعهم في مواجهات مع المقاومة الشعبية غرب مدينة تعز.", 24),
        ("لقي تسعة عشر من أفراد المخابرات مصرعهم في هجوم انتحاري على مقرهم في مدينة تدمر.", 19),
    ],
)
def test_the_counted_subject_of_a_split_fate_idiom_is_the_toll(text: str, dead: int) -> None:
    events = rasad.extract(text, published="2024-03-10")["events"]
    assert [e["fatalities"] for e in events] == [dead]
