"""A protester who met his death at the protest ("لقي متظاهر مصرعه أثناء مظاهرة") tells
lethal force used on it (ACLED: excessive force against protesters, the dead counted)."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2013-02-14") -> list[tuple[str, int]]:
    return [
        (e["sub_event_type"], e["fatalities"])
        for e in rasad.extract(text, published=published)["events"]
    ]


def test_a_protester_meeting_his_death_at_a_march_is_excessive_force() -> None:
    text = "لقي متظاهر مصرعه، الخميس، أثناء مظاهرة قرب المنامة بمناسبة ذكرى الاحتجاجات."
    assert _rows(text) == [("Excessive force against protesters", 1)]


def test_a_march_against_a_protesters_death_stays_peaceful() -> None:
    text = "تظاهر المئات في المنامة الخميس احتجاجا على مصرع متظاهر برصاص الشرطة."
    assert _rows(text) == [("Peaceful protest", 0)]
