"""A toll counted "in various parts" of a country ("في مناطق مختلفة من البلاد", "في أنحاء
متفرقة") is a nationwide tally over many scenes, never the dead of the one event told next to
it (ACLED codes each event's own dead)."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2013-03-19") -> list[tuple[str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["fatalities"]) for e in events]


def test_tally_in_various_areas_is_not_the_toll_of_the_attack_beside_it() -> None:
    text = (
        "واستهدف مقاتلو المعارضة أمس مواقع للجيش في مدينة دمشق، في وقت أعلن فيه ناشطون عن "
        "ارتفاع حصيلة القتلى إلى 95 شخصا في مناطق مختلفة من البلاد."
    )
    assert [fat for _sub, fat in _rows(text)] == [0]


def test_tally_in_scattered_parts_makes_no_event_of_its_own() -> None:
    text = (
        "وأكد ناشطون أن حصيلة القتلى أمس بلغت 80 شخصا في أنحاء متفرقة من البلاد، إذ وصل عدد "
        "القتلى في حمص إلى 30."
    )
    assert _rows(text) == []
