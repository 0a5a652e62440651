"""Naming the dead after the act does not take its side away (events/reference.dead_named)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_martyrs_named_after_soldiers_killed_keep_the_soldiers_side() -> None:
    events = events_of(
        "أعلن الجيش استشهاد خمسة جنود الثلاثاء في هجوم مسلح على حاجز أمني في مدينة الشيخ زويد. "
        "والشهداء هم سامي عبد الله وخالد محمود.",
        "2019-06-12",
    )
    assert len(events) == 1
    assert (events[0]["actor2"] or "").startswith("Military Forces of Egypt")
    assert events[0]["fatalities"] == 5


def test_dead_listed_by_name_after_soldiers_killed_keep_the_soldiers_side() -> None:
    events = events_of(
        "قتل أربعة جنود في هجوم على نقطة تفتيش في الموصل الأحد. "
        "والقتلى هم عمر حسين وياسر كريم.",
        "2019-06-12",
    )
    assert len(events) == 1
    assert (events[0]["actor2"] or "").startswith("Military Forces of Iraq")
