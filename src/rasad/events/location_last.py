"""The place told last before an act its own sentence does not place: the town, not the area
or the city told only to say where that town lies (split from :mod:`rasad.events.location`,
which finds the scene among a sentence's own places)."""

from __future__ import annotations

from collections.abc import Sequence

from rasad.document import Span
from rasad.events.context import DocContext
from rasad.events.location import (
    CONTAINER_GAP,
    DIRECTION_IN_GAP,
    REFERENCE_RANK,
    containment,
    is_country,
)


def last_told(ctx: DocContext, towns: Sequence[Span]) -> Span:
    """The last of ``towns`` (places told before a mention, in text order) as a scene: a
    container told only to locate the town before it ("مدينة طفس في ريف درعا", "حيس جنوب
    الحديدة") or a city a direction measures from gives way to that town."""
    last = towns[-1]
    sent = ctx.sentence(last.start)
    same = [p for p in towns if p.start >= sent.start]
    ranks, _stand_in = containment(ctx, same)
    i = len(same) - 1
    while i > 0 and (ranks.get(i) in (1, REFERENCE_RANK) or _measured_from(ctx, same, ranks, i)):
        i -= 1
    return same[i]


def _measured_from(ctx: DocContext, places: Sequence[Span], ranks: dict[int, int], i: int) -> bool:
    """A place right after a direction that follows a coarser place ("ولاية لوغار جنوب
    كابول"): the point the province's position is told from (``containment`` reads reference
    points after towns only)."""
    before = places[i - 1]
    if i in ranks or ranks.get(i - 1) == 2 or is_country(before.value):
        return False
    gap = ctx.norm_of(before.end, places[i].start)
    return bool(CONTAINER_GAP.match(gap) and DIRECTION_IN_GAP.search(gap.strip()))
