"""Read-only queries behind the API: paged events, one event with its sources, articles, stats.

The filters are the store's own (:class:`rasad.store.query.EventFilter`, the same as
``rasad export``), plus a bounding box; paging and counting run in SQL so a large store is not
read whole for one page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rasad.errors import ConfigError, StorageError
from rasad.export.acled import acled_row
from rasad.store.query import CLUSTER_FIELDS, EventFilter, cluster_sources, filter_statement

if TYPE_CHECKING:
    from rasad.store.db import Store

BBox = tuple[float, float, float, float]  # west, south, east, north (degrees, WGS 84)


@contextmanager
def _read(store: Store) -> Iterator[Any]:
    """A read-only session; a database failure becomes a StorageError that says so."""
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session

    try:
        with Session(store.engine) as session:
            yield session
            session.rollback()  # nothing to keep: the API never writes
    except SQLAlchemyError as exc:
        raise StorageError(
            f"database read failed: {exc}; check that the database server is running"
        ) from exc


@dataclass(frozen=True, slots=True)
class Query:
    flt: EventFilter
    bbox: BBox | None = None


def parse_date(value: str | None, name: str) -> dt.date | None:
    if value is None or value.strip() == "":
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(
            f"{name}={value!r} is not a date; use YYYY-MM-DD, e.g. 2018-05-21"
        ) from None


def parse_bbox(value: str | None) -> BBox | None:
    """``west,south,east,north`` in degrees (GeoJSON's bbox order) → a checked tuple."""
    if value is None or value.strip() == "":
        return None
    parts = value.split(",")
    try:
        if len(parts) != 4:
            raise ValueError
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ConfigError(
            f"bbox={value!r} is not four numbers; give west,south,east,north in degrees, "
            "e.g. bbox=35.5,32.0,42.5,37.5"
        ) from None
    if not (-180 <= min(west, east) <= max(west, east) <= 180
            and -90 <= min(south, north) <= max(south, north) <= 90):
        raise ConfigError(
            f"bbox={value!r} is outside the globe; longitudes lie in [-180, 180], latitudes in "
            "[-90, 90]"
        )
    if west > east or south > north:
        raise ConfigError(
            f"bbox={value!r} has west > east or south > north; give west,south,east,north"
        )
    return west, south, east, north


def build_query(
    *,
    since: str | None = None,
    until: str | None = None,
    country: Sequence[str] = (),
    admin1: Sequence[str] = (),
    event_type: Sequence[str] = (),
    actor: Sequence[str] = (),
    bbox: str | None = None,
) -> Query:
    """Query parameters → a Query; ConfigError with the parameter and the fix when one is bad."""
    start, end = parse_date(since, "since"), parse_date(until, "until")
    if start and end and start > end:
        raise ConfigError(f"since={start} is after until={end}; swap them")

    def clean(values: Sequence[str]) -> tuple[str, ...]:
        return tuple(v.strip() for v in values if v and v.strip())

    from rasad.taxonomy import EVENT_TYPES

    known = {t.casefold() for t in EVENT_TYPES}
    for t in clean(event_type):
        if t.casefold() not in known:  # a closed vocabulary: a typo would silently match nothing
            raise ConfigError(
                f"event_type={t!r} is not an ACLED event type; use one of {', '.join(EVENT_TYPES)}"
            )

    flt = EventFilter(
        since=start,
        until=end,
        countries=clean(country),
        admin1=clean(admin1),
        event_types=clean(event_type),
        actors=clean(actor),
    )
    return Query(flt, parse_bbox(bbox))


def _statement_for(q: Query) -> Any:
    from rasad.store.models import EventCluster as C

    stmt = filter_statement(q.flt)
    if q.bbox is not None:
        west, south, east, north = q.bbox
        stmt = stmt.where(
            C.longitude.between(west, east), C.latitude.between(south, north)
        )
    return stmt


def _event(c: Any) -> dict[str, Any]:
    """A cluster row → the API's Event fields (ACLED's row plus rasad's own)."""
    cluster = {k: getattr(c, k) for k in CLUSTER_FIELDS}
    row = acled_row(cluster)
    return {
        **row,
        "id": cluster["id"],
        "certainty": cluster["certainty"],
        "claimed_by": cluster["claimed_by"],
        "confidence": cluster["confidence"],
        "n_sources": cluster["n_sources"],
        "_cluster": cluster,
    }


def page_events(
    store: Store, q: Query, *, limit: int, offset: int, with_sources: bool = False
) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of events) in the export's order (date, then id). Each event
    keeps its ``iter_clusters`` dict under ``_cluster`` (with ``sources`` if asked)."""
    from sqlalchemy import func, select

    stmt = _statement_for(q)
    with _read(store) as s:
        total = s.execute(
            select(func.count()).select_from(stmt.order_by(None).subquery())
        ).scalar_one()
        events = [_event(c) for c in s.scalars(stmt.limit(limit).offset(offset)).all()]
        if with_sources and events:
            sources = cluster_sources(s, [e["id"] for e in events])
            for e in events:
                e["_cluster"]["sources"] = sources.get(e["id"], [])
    return total, events


def get_event(store: Store, cluster_id: str) -> dict[str, Any] | None:
    from rasad.store.models import EventCluster

    with _read(store) as s:
        c = s.get(EventCluster, cluster_id)
        if c is None:
            return None
        event = _event(c)
        event["sources"] = cluster_sources(s, [cluster_id]).get(cluster_id, [])
        return event


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    from sqlalchemy import select

    from rasad.store.models import Article, Event, EventSource

    with _read(store) as s:
        a = s.get(Article, article_id)
        if a is None:
            return None
        rows = s.execute(
            select(Event.id, EventSource.cluster_id, Event.event_type, Event.event_date,
                   Event.location)
            .outerjoin(EventSource, EventSource.event_id == Event.id)
            .where(Event.article_id == article_id)
            .order_by(Event.idx)
        ).all()
        return {
            "id": a.id, "status": a.status, "source_kind": a.source_kind,
            "source_ref": a.source_ref, "source_id": a.source_id, "title": a.title,
            "published": a.published, "outlet": a.outlet, "author": a.author, "url": a.url,
            "text": a.text, "n_events": a.n_events, "extraction": a.extraction,
            "events": [
                {"event_id": eid, "cluster_id": cid, "event_type": et, "event_date": date,
                 "location": loc}
                for eid, cid, et, date, loc in rows
            ],
        }


def stats(store: Store, q: Query) -> dict[str, Any]:
    """Counts of the matching events by country, event type and month, with totals."""
    from sqlalchemy import func, select

    from rasad.store.models import DONE, Article

    sub = _statement_for(q).order_by(None).subquery()
    fat = func.coalesce(func.sum(func.coalesce(sub.c.fatalities, 0)), 0)

    def grouped(s: Any, col: Any) -> list[dict[str, Any]]:
        rows = s.execute(
            select(col, func.count(), fat).select_from(sub).group_by(col).order_by(col)
        ).all()
        return [{"key": k, "events": n, "fatalities": int(f)} for k, n, f in rows]

    with _read(store) as s:
        n, fatalities, reports, first, last = s.execute(
            select(
                func.count(), fat, func.coalesce(func.sum(sub.c.n_sources), 0),
                func.min(sub.c.event_date), func.max(sub.c.event_date),
            ).select_from(sub)
        ).one()
        by_country = grouped(s, sub.c.country)
        by_type = grouped(s, sub.c.event_type)
        by_month = grouped(s, func.substr(sub.c.event_date, 1, 7))
        articles = s.execute(
            select(func.count()).select_from(Article).where(Article.status == DONE)
        ).scalar_one()
    by_country.sort(key=lambda r: (-r["events"], r["key"] or ""))
    by_type.sort(key=lambda r: (-r["events"], r["key"] or ""))
    return {
        "events": n, "fatalities": int(fatalities), "reports": int(reports),
        "articles": articles, "by_country": by_country, "by_event_type": by_type,
        "by_month": [r for r in by_month if r["key"]], "first_date": first, "last_date": last,
    }
