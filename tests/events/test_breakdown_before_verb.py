"""A breakdown between a count and its plural verb ("12 مدنيا، بينهم ثلاثة أطفال، قتلوا")."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_a_breakdown_between_the_count_and_its_verb_is_no_subject() -> None:
    events = events_of(
        "وقال المرصد إن 12 مدنيا، بينهم ثلاثة أطفال، قتلوا الاثنين في غارة جوية على بلدة سراقب.",
        "2021-03-10",
    )
    assert [e["fatalities"] for e in events] == [12]
