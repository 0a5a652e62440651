"""Reading deduplicated events (clusters) with their sources, filtered; for exports and the API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rasad.errors import ConfigError

if TYPE_CHECKING:
    from rasad.store.db import Store

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class EventFilter:
    since: dt.date | None = None  # event_date >= since
    until: dt.date | None = None  # event_date <= until
    countries: Sequence[str] = ()  # names or ISO codes, any of
    admin1: Sequence[str] = ()  # any of, case-insensitive
    event_types: Sequence[str] = ()  # ACLED event types, any of
    actors: Sequence[str] = ()  # substring of actor1/2 or associated actors, any of

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ConfigError(
                f"--since {self.since} is after --until {self.until}; swap them"
            )


def _country_codes(values: Sequence[str]) -> list[str]:
    from rasad.dedup.cluster import country_key

    return [country_key(v) for v in values]


def filter_statement(f: EventFilter) -> Any:
    from sqlalchemy import func, or_, select

    from rasad.store.models import EventCluster as C

    stmt = select(C)
    if f.since:
        stmt = stmt.where(C.event_date >= f.since.isoformat())
    if f.until:
        stmt = stmt.where(C.event_date <= f.until.isoformat())
    if f.countries:
        stmt = stmt.where(
            or_(*(C.dedup_key.like(f"%|{code}") for code in _country_codes(f.countries)))
        )
    if f.admin1:
        stmt = stmt.where(func.lower(C.admin1).in_([a.strip().lower() for a in f.admin1]))
    if f.event_types:
        stmt = stmt.where(func.lower(C.event_type).in_([t.strip().lower() for t in f.event_types]))
    if f.actors:
        conds = []
        for a in f.actors:
            pattern = f"%{a.strip().lower()}%"
            conds += [
                func.lower(col).like(pattern)
                for col in (C.actor1, C.actor2, C.assoc_actor_1, C.assoc_actor_2)
            ]
        stmt = stmt.where(or_(*conds))
    return stmt.order_by(C.event_date, C.id)


CLUSTER_FIELDS = (
    "id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "location", "admin1",
    "admin2", "country", "iso", "latitude", "longitude", "geo_precision", "fatalities",
    "certainty", "claimed_by", "notes", "confidence", "n_sources", "outlets", "updated_at",
)


def cluster_sources(session: Any, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    from sqlalchemy import select

    from rasad.store.models import Article, Event, EventSource

    stmt = (
        select(
            EventSource.cluster_id, Event.id, Event.article_id, Article.outlet, Article.url,
            Article.title, Article.published, Article.source_id, Event.event_date,
            Event.sub_event_type, Event.location, Event.actor1, Event.actor2, Event.fatalities,
            Event.claimed_by, Event.certainty, Event.evidence_text, Event.notes,
        )
        .join(Event, Event.id == EventSource.event_id)
        .join(Article, Article.id == Event.article_id)
        .where(EventSource.cluster_id.in_(ids))
        .order_by(EventSource.cluster_id, Article.published, Event.id)
    )
    out: dict[str, list[dict[str, Any]]] = {}
    for row in session.execute(stmt):
        (cid, eid, aid, outlet, url, title, published, source_id, date, sub, loc, a1, a2, fat,
         claimed, certainty, evidence, notes) = row
        out.setdefault(cid, []).append({
            "event_id": eid, "article_id": aid, "source_id": source_id, "outlet": outlet,
            "url": url, "title": title, "published": published, "event_date": date,
            "sub_event_type": sub, "location": loc, "actor1": a1, "actor2": a2,
            "fatalities": fat, "claimed_by": claimed, "certainty": certainty,
            "evidence": evidence, "notes": notes,
        })
    return out


def iter_clusters(store: Store, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Deduplicated events matching ``flt``, by date, each with ``sources`` (every supporting
    article's own claim: its outlet, date, place, actors, fatalities, certainty, evidence)."""
    flt = flt or EventFilter()
    with store.session() as s:
        rows = s.scalars(filter_statement(flt)).all()
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i : i + _CHUNK]
            sources = cluster_sources(s, [c.id for c in chunk])
            for c in chunk:
                item = {k: getattr(c, k) for k in CLUSTER_FIELDS}
                item["sources"] = sources.get(c.id, [])
                yield item
