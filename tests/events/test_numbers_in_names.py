"""A number word inside a place's name ("سبع البور") counts nobody."""

from __future__ import annotations

from functools import cache

from rasad.events.stage import Events
from rasad.pipeline import Pipeline, default_pipeline, extract


@cache
def keep_all() -> Pipeline:
    """The default pipeline keeping every event, however low its confidence."""
    stages = default_pipeline().stages
    return Pipeline([Events(min_confidence=0) if s.name == "events" else s for s in stages])


def tolls(text: str) -> list[tuple[str, int]]:
    events = extract(text, published="2013-03-19", pipeline=keep_all())["events"]
    return [(e["location"], e["fatalities"]) for e in events]


def test_seven_in_a_district_name_is_no_toll() -> None:
    assert tolls("لقي رجل مصرعه برصاص مسلحين مجهولين في منطقة سبع البور شمال بغداد.") == [
        ("Sab al Bor", 1)
    ]


def test_a_count_before_the_place_still_counts() -> None:
    assert tolls("قتل سبعة أشخاص برصاص مسلحين مجهولين في منطقة سبع البور شمال بغداد.") == [
        ("Sab al Bor", 7)
    ]
