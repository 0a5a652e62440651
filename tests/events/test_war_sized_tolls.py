"""Tens of thousands dead are a war's toll, a claim, not one act's dead (periods._war_toll)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_a_wars_toll_is_no_clash() -> None:
    events = events_of(
        "وتتواصل الأزمة في البلاد، إذ أدت المعارك بين الجيش وفصائل المعارضة إلى مقتل نحو 90 ألف "
        "شخص وتشريد الملايين.",
        "2013-06-02",
    )
    assert [e["fatalities"] for e in events if e["fatalities"]] == []


def test_one_acts_dead_are_kept() -> None:
    events = events_of(
        "وقتل 14 شخصا في قصف لقوات النظام على حي الوعر في مدينة حمص أمس.", "2013-06-02"
    )
    assert [e["fatalities"] for e in events] == [14]
