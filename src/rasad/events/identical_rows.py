"""One row per ACLED event: rows of one article that agree on every field that makes an event.

Two accounts of one happening may reach the end of the pipeline as two rows when their mentions
did not merge (a retelling the clustering kept apart: "قصفت الطائرات بلدة كفرنبل" in the lead
and "وتعرضت كفرنبل لقصف جوي" below it, each read to the same sides). ACLED codes one event per
day, place, sub-type and actor pair, so rows equal on the date, the place, the sub-type, both
actors and the certainty are one event: the first row stays (its evidence is the first telling),
with the most conservative of the death counts told (a row that tells none gives way to one
that does) and a claim any of them reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasad.document import Event


def _key(e: Event) -> tuple[object, ...]:
    return (
        e.event_date,
        e.sub_event_type,
        e.location,
        e.admin1,
        e.country,
        e.latitude,
        e.longitude,
        e.actor1,
        e.actor2,
        e.certainty,
    )


def one_row_each(events: Sequence[Event]) -> list[Event]:
    """``events`` with rows equal on date, place, sub-type, actors and certainty made one (the
    first, in order); its fatalities the lowest count any of them tells, else 0."""
    groups: dict[tuple[object, ...], list[Event]] = {}
    for e in events:
        groups.setdefault(_key(e), []).append(e)
    out: list[Event] = []
    for e in events:
        same = groups[_key(e)]
        if same[0] is not e:
            continue
        if len(same) > 1:
            counts = [x.fatalities for x in same if x.fatalities]
            e = replace(
                e,
                fatalities=min(counts) if counts else e.fatalities,
                claimed_by=next((x.claimed_by for x in same if x.claimed_by), None),
                confidence=max(x.confidence for x in same),
            )
        out.append(e)
    return out
