"""Cross-article event clustering: which reported events describe the same happening.

Two events may describe one happening when they come from different articles, have the same
event type, dates at most ``max_days`` apart, compatible places (a few km apart when both are
precise; the same admin2, or admin1 for province-level ones, when one is imprecise) and
compatible actors (no named actor on one side contradicts the other). Clustering is complete-link
and greedy over a canonical order (date, then event id), so:

- a cluster never chains: every pair of members is compatible;
- the result depends only on the *set* of events, not on the order they arrived in, which is
  what makes re-ingesting and resuming an interrupted run give the same clusters.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

import regex

from rasad.export import codes
from rasad.geo import haversine_km

_YEARS = regex.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


@dataclass(frozen=True, slots=True)
class EventRecord:
    """An extracted event with what dedup needs about its article."""

    id: str
    article_id: str
    event_type: str
    event_date: str | None = None
    time_precision: int | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    location: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    iso: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    certainty: str | None = None
    claimed_by: str | None = None
    notes: str | None = None
    confidence: float | None = None
    outlet: str | None = None
    published: str | None = None  # the article's publication date, YYYY-MM-DD


EVENT_RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(EventRecord))


@dataclass(frozen=True, slots=True)
class DedupParams:
    max_days: int = 1  # dates at most this many days apart
    precise_km: float = 5.0  # two precisely located events at most this far apart
    fallback_km: float = 25.0  # imprecise events without admin names: coordinates this close
    margin: float = 0.5  # similarity lead the best of several candidate clusters needs


def country_key(country: str | None, iso: str | int | None = None) -> str:
    """ISO2 of the event's country when known, else its name folded, else "?"."""
    for value in (country, iso):
        c = codes.country(str(value)) if value not in (None, "") else None
        if c:
            return c.iso2
    return (country or "?").strip().casefold() or "?"


def dedup_key(event_type: str, country: str | None, iso: str | int | None = None) -> str:
    """The partition an event is clustered in: only events sharing it can merge."""
    return f"{event_type}|{country_key(country, iso)}"


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def effective_date(e: EventRecord) -> dt.date | None:
    """The event's date, else its article's publication date (None: cannot be placed in time)."""
    return _date(e.event_date) or _date(e.published)


def distance_km(a: EventRecord, b: EventRecord) -> float | None:
    """Great-circle distance between two located events (None if either has no coordinates)."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _fold(name: str | None) -> str:
    if not name:
        return ""
    from rasad.arabic.normalize import normalize_key

    return normalize_key(name).casefold()


def _precise(e: EventRecord) -> bool:
    return (e.geo_precision or 1) <= 1 and e.latitude is not None and e.longitude is not None


def places_compatible(a: EventRecord, b: EventRecord, params: DedupParams) -> bool:
    a1, b1 = _fold(a.admin1), _fold(b.admin1)
    if a1 and b1 and a1 != b1:
        return False  # different provinces are different happenings whatever the names say
    if a.location and _fold(a.location) == _fold(b.location):
        return True
    km = distance_km(a, b)
    if _precise(a) and _precise(b):
        return km is not None and km <= params.precise_km
    # At least one is imprecise: compare at the coarsest level both can be trusted at.
    coarse = max(a.geo_precision or 1, b.geo_precision or 1)
    a2, b2 = _fold(a.admin2), _fold(b.admin2)
    if coarse <= 2 and a2 and b2:
        return a2 == b2
    if a1 and b1:
        return True  # same admin1 (checked above) and one side only knows the province
    return km is not None and km <= params.fallback_km


def _actor_root(name: str) -> str:
    """"Military Forces of Syria (2000-2024) Syrian Arab Air Force" → "Military Forces of Syria"."""
    m = _YEARS.search(name)
    return (name[: m.start()] if m else name).strip().casefold()


def _actors(e: EventRecord) -> set[str]:
    return {
        _actor_root(x)
        for x in (e.actor1, e.actor2)
        if x and not codes.is_generic_actor(x)
    }


def actors_compatible(a: EventRecord, b: EventRecord) -> bool:
    """Named actors agree: one side's set contains the other's (unnamed ones never contradict)."""
    sa, sb = _actors(a), _actors(b)
    return sa <= sb or sb <= sa


def compatible(a: EventRecord, b: EventRecord, params: DedupParams | None = None) -> bool:
    """May ``a`` and ``b`` (from different articles) describe the same happening?"""
    params = params or DedupParams()
    if a.article_id == b.article_id or a.event_type != b.event_type:
        return False
    # ACLED's atomic event is one sub-event type: artillery and an air strike on one town on
    # one day are two events, even when different outlets report them.
    if a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type:
        return False
    if country_key(a.country, a.iso) != country_key(b.country, b.iso):
        return False
    da, db = effective_date(a), effective_date(b)
    if da is None or db is None or abs((da - db).days) > params.max_days:
        return False
    return places_compatible(a, b, params) and actors_compatible(a, b)


def similarity(a: EventRecord, b: EventRecord, params: DedupParams | None = None) -> float:
    """How alike two compatible events are (to choose between candidate clusters)."""
    params = params or DedupParams()
    score = 0.0
    if effective_date(a) == effective_date(b):
        score += 1.0
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        score += 1.0
    km = distance_km(a, b)
    if km is not None:
        score += max(0.0, 1.0 - km / params.fallback_km)
    elif a.location and _fold(a.location) == _fold(b.location):
        score += 1.0
    score += 0.5 * len(_actors(a) & _actors(b))
    return score


def _order(e: EventRecord) -> tuple[int, int, str, str]:
    """Specific reports first (precise place, named actors), then by date and id.

    Precise reports found the clusters; vaguer ones then see every cluster they might belong
    to, and join one only when it is the clear best (see ``cluster``).
    """
    d = effective_date(e)
    place_tier = (e.geo_precision or 1) if e.latitude is not None else 3
    return (place_tier, -len(_actors(e)), d.isoformat() if d else "9999-99-99", e.id)


def cluster(
    events: Iterable[EventRecord], params: DedupParams | None = None
) -> list[list[EventRecord]]:
    """Group events into happenings; each cluster lists its members in canonical order.

    Complete link: an event joins a cluster only if it is compatible with every member. When
    several clusters qualify, it joins the most similar one only if that one is clearly ahead
    (by ``params.margin``); an ambiguous report (e.g. "shelling in Idlib countryside" on a day
    with two shellings in Idlib) founds its own cluster rather than risk a wrong merge.
    Clusters come out ordered by their founding (first) member, whose id names the cluster.
    """
    params = params or DedupParams()
    ordered = sorted(events, key=_order)
    clusters: list[list[EventRecord]] = []
    by_day: dict[int, list[int]] = {}  # date ordinal → clusters with a member that day
    for e in ordered:
        day = effective_date(e)
        scored: list[tuple[float, int]] = []
        if day is not None:
            seen: set[int] = set()
            for offset in range(-params.max_days, params.max_days + 1):
                for ci in by_day.get(day.toordinal() + offset, ()):
                    if ci in seen:
                        continue
                    seen.add(ci)
                    members = clusters[ci]
                    if all(compatible(e, m, params) for m in members):
                        score = sum(similarity(e, m, params) for m in members) / len(members)
                        scored.append((score, ci))
        scored.sort(key=lambda sc: (-sc[0], sc[1]))
        if scored and (len(scored) == 1 or scored[0][0] - scored[1][0] >= params.margin):
            ci = scored[0][1]
            clusters[ci].append(e)
        else:
            clusters.append([e])
            ci = len(clusters) - 1
        if day is not None:
            bucket = by_day.setdefault(day.toordinal(), [])
            if ci not in bucket:
                bucket.append(ci)
    for members in clusters:
        members.sort(key=lambda m: (effective_date(m) or dt.date.max, m.id))
    clusters.sort(key=lambda members: (effective_date(members[0]) or dt.date.max, members[0].id))
    return clusters


_CERTAINTY_RANK = {"asserted": 0, "reported": 1, "denied": 2}


def conservative_fatalities(values: Iterable[int | None]) -> int | None:
    """The lowest death toll any source gives (ACLED's most conservative figure).

    A source that reports no deaths (0) is not a competing estimate when others report deaths
    (it usually wrote before the toll was known), so the minimum is taken over positive figures
    first; 0 when every figure is 0; None when no source gave one.
    """
    known = [v for v in values if v is not None]
    positive = [v for v in known if v > 0]
    if positive:
        return min(positive)
    return 0 if known else None


def _mode(values: Sequence[Any], prefer: Any = None) -> Any:
    """The most frequent non-empty value; ties go to ``prefer``, else to the first in order."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    if prefer and counts.get(prefer) == top:
        return prefer
    return next(v for v in values if v and counts[v] == top)


def _oriented(e: EventRecord) -> dict[str, Any]:
    """The event's actors, civilians second as ACLED codes them (the target is actor2)."""
    one = {"actor1": e.actor1, "assoc_actor_1": e.assoc_actor_1, "inter1": e.inter1}
    two = {"actor2": e.actor2, "assoc_actor_2": e.assoc_actor_2, "inter2": e.inter2}
    if e.inter1 == 7 and e.actor2 and e.inter2 != 7:
        one, two = (
            {"actor1": e.actor2, "assoc_actor_1": e.assoc_actor_2, "inter1": e.inter2},
            {"actor2": e.actor1, "assoc_actor_2": e.assoc_actor_1, "inter2": e.inter1},
        )
    return {**one, **two}


def merge(members: Sequence[EventRecord]) -> dict[str, Any]:
    """The cluster's own fields: the most precise place and date, the most specific actors,
    the most conservative fatality figure, and every supporting article and outlet."""
    if not members:
        raise ValueError("cannot merge an empty cluster")
    order = list(range(len(members)))
    # The most precise place: lowest geo_precision, located before unlocated, then member order.
    place = members[
        min(order, key=lambda i: (members[i].geo_precision or 9, members[i].latitude is None, i))
    ]
    best_tp = min((m.time_precision or 9) for m in members)
    dates = [m.event_date for m in members if (m.time_precision or 9) == best_tp and m.event_date]
    # The date most sources at that precision give; ties: the earliest (reports lag events).
    counts = Counter(dates)
    event_date = min(d for d in dates if counts[d] == max(counts.values())) if dates else None
    # The most specific actors: most named (non-generic) actors, then most actors of any kind.
    actors = members[
        min(
            order,
            key=lambda i: (
                -len(_actors(members[i])),
                -sum(1 for x in (members[i].actor1, members[i].actor2) if x),
                members[i] is not place,
                i,
            ),
        )
    ]
    certainty = min(
        (m.certainty for m in members if m.certainty in _CERTAINTY_RANK),
        key=_CERTAINTY_RANK.__getitem__,
        default=None,
    )
    outlets = sorted({m.outlet for m in members if m.outlet})
    claimed = sorted({m.claimed_by for m in members if m.claimed_by})
    return {
        "event_date": event_date,
        "time_precision": None if best_tp == 9 else best_tp,
        "event_type": members[0].event_type,
        "sub_event_type": _mode([m.sub_event_type for m in members], place.sub_event_type),
        **_oriented(actors),
        "location": place.location,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "country": place.country or _mode([m.country for m in members]),
        "iso": place.iso or _mode([m.iso for m in members]),
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
        "fatalities": conservative_fatalities(m.fatalities for m in members),
        "certainty": certainty,
        "claimed_by": "; ".join(claimed) or None,
        "notes": place.notes,
        "confidence": max(
            (m.confidence for m in members if m.confidence is not None), default=None
        ),
        "n_sources": len({m.article_id for m in members}),
        "outlets": "; ".join(outlets) or None,
    }
