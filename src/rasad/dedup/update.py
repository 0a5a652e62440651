"""Keeping the store's event clusters up to date after new events arrive.

New events are stored with ``cluster_id`` NULL. ``recluster`` recomputes every partition
(event type × country) that holds such events from all of that partition's events, and rewrites
its clusters and event sources. Because ``cluster`` depends only on the set of events, running
it again, after a re-ingest or after an interrupted run, gives the same clusters; a cluster
whose content did not change keeps its ``updated_at``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rasad.dedup.cluster import EVENT_RECORD_FIELDS, DedupParams, EventRecord, cluster, merge

if TYPE_CHECKING:
    import datetime as dt

    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReclusterReport:
    partitions: int
    events: int
    clusters: int
    changed: int  # clusters created or modified


def dirty_keys(session: Session) -> list[str]:
    """Partitions holding events that are not in a cluster yet."""
    from sqlalchemy import select

    from rasad.store.models import Event

    return sorted(
        session.scalars(
            select(Event.dedup_key).where(Event.cluster_id.is_(None)).distinct()
        ).all()
    )


def _records(session: Session, key: str) -> list[EventRecord]:
    from sqlalchemy import select

    from rasad.store.models import Article, Event

    own = [f for f in EVENT_RECORD_FIELDS if f not in ("outlet", "published")]
    stmt = (
        select(*(getattr(Event, f) for f in own), Article.outlet, Article.published)
        .join(Article, Article.id == Event.article_id)
        .where(Event.dedup_key == key)
    )
    return [
        EventRecord(**dict(zip((*own, "outlet", "published"), row, strict=True)))
        for row in session.execute(stmt)
    ]


def recluster(
    session: Session,
    *,
    keys: Iterable[str] | None = None,
    params: DedupParams | None = None,
    now: Callable[[], dt.datetime] | None = None,
) -> ReclusterReport:
    """Recompute the clusters of ``keys`` (default: every partition with unclustered events)."""
    from sqlalchemy import delete, select, update

    from rasad.store.models import Event, EventCluster, EventSource, utcnow

    clock = now or utcnow
    todo = sorted(set(dirty_keys(session) if keys is None else keys))
    n_events = n_clusters = n_changed = 0
    for key in todo:
        records = _records(session, key)
        groups = cluster(records, params)
        table = EventCluster.__table__
        old = {
            r["id"]: r
            for r in session.execute(select(table).where(table.c.dedup_key == key)).mappings()
        }
        old_sources: dict[str, set[str]] = {}
        for cid, eid in session.execute(
            select(EventSource.cluster_id, EventSource.event_id).where(
                EventSource.cluster_id.in_(select(table.c.id).where(table.c.dedup_key == key))
            )
        ):
            old_sources.setdefault(cid, set()).add(eid)

        new_rows: list[dict[str, Any]] = []
        source_rows: list[dict[str, Any]] = []
        assignments: list[dict[str, Any]] = []
        for members in groups:
            cid = members[0].id
            fields = {"id": cid, "dedup_key": key, **merge(members)}
            prev = old.get(cid)
            unchanged = (
                prev is not None
                and old_sources.get(cid) == {m.id for m in members}
                and all(prev[k] == v for k, v in fields.items())
            )
            fields["updated_at"] = prev["updated_at"] if unchanged else clock()
            n_changed += not unchanged
            new_rows.append(fields)
            for m in members:
                source_rows.append(
                    {"cluster_id": cid, "event_id": m.id, "article_id": m.article_id,
                     "outlet": m.outlet}
                )
                assignments.append({"id": m.id, "cluster_id": cid})

        if old:
            session.execute(
                delete(EventSource).where(
                    EventSource.cluster_id.in_(select(table.c.id).where(table.c.dedup_key == key))
                )
            )
            session.execute(delete(table).where(table.c.dedup_key == key))
        if new_rows:
            session.execute(table.insert(), new_rows)
            session.execute(EventSource.__table__.insert(), source_rows)
            session.execute(update(Event), assignments)
        session.flush()
        n_events += len(records)
        n_clusters += len(groups)
        log.info("dedup %s: %d events → %d clusters", key, len(records), len(groups))
    return ReclusterReport(len(todo), n_events, n_clusters, n_changed)
