"""Writing one article's life into the store: raw input first, then its extraction or failure.

Each function takes an open session and writes inside the caller's transaction, so the ingest
engine decides what is atomic (one batch of articles at a time).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, func, insert, update

from rasad.dedup.cluster import dedup_key
from rasad.export import codes
from rasad.store.models import (
    DONE,
    PENDING,
    QUARANTINED,
    Actor,
    Article,
    Event,
    Mention,
    Place,
    Quarantine,
    utcnow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

_EVENT_COLUMNS = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "inter1", "actor2", "assoc_actor_2", "inter2", "location", "admin1", "admin2", "country",
    "iso", "latitude", "longitude", "geo_precision", "fatalities", "claimed_by", "certainty",
    "notes", "confidence",
)
_INT_COLUMNS = {"time_precision", "inter1", "inter2", "geo_precision", "fatalities"}
_FLOAT_COLUMNS = {"latitude", "longitude", "confidence"}


def add_raw(
    session: Session,
    *,
    article_id: str,
    raw: bytes,
    kind: str,
    ref: str,
    url: str | None = None,
    published: str | None = None,
) -> None:
    """Store an input's raw bytes as a pending article (before anything reads them)."""
    add_raws(session, [raw_row(article_id=article_id, raw=raw, kind=kind, ref=ref, url=url,
                               published=published)])


def raw_row(
    *,
    article_id: str,
    raw: bytes,
    kind: str,
    ref: str,
    url: str | None = None,
    published: str | None = None,
) -> dict[str, Any]:
    """The ``articles`` row of a pending article (see ``add_raws``)."""
    return {
        "id": article_id,
        "raw": raw,
        "raw_size": len(raw),
        "source_kind": kind,
        "source_ref": ref,
        "status": PENDING,
        "url": url,
        "published": published,
        "ingested_at": utcnow(),
    }


def add_raws(session: Session, rows: list[dict[str, Any]]) -> None:
    """Store pending articles (rows of ``raw_row``) with one multi-row INSERT: an ORM object
    per article cost its unit-of-work bookkeeping at every batch's flush, for rows that are
    written once and never read back in that session."""
    if rows:
        session.execute(insert(Article.__table__), rows)


def clear_quarantine(session: Session, article_id: str) -> None:
    """Forget an article's quarantine entry (it is being processed again)."""
    session.execute(delete(Quarantine).where(Quarantine.article_id == article_id))


def _place_key(p: Mapping[str, Any]) -> str:
    if p.get("geonameid"):
        return f"gn:{p['geonameid']}"
    basis = "|".join(str(p.get(k) or "") for k in ("name", "name_ar", "lat", "lon", "country"))
    return "h:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:20]


def _coerce(name: str, value: Any) -> Any:
    if value is None or value == "":
        return None
    try:
        if name in _INT_COLUMNS:
            return int(value)
        if name in _FLOAT_COLUMNS:
            return float(value)
    except (TypeError, ValueError):
        log.warning("event field %s=%r is not a number; stored as NULL", name, value)
        return None
    return str(value) if not isinstance(value, str) else value


def _event_row(
    article_id: str, idx: int, ev: Mapping[str, Any], inters: Mapping[str, int | None]
) -> dict[str, Any]:
    values = {c: _coerce(c, ev.get(c)) for c in _EVENT_COLUMNS}
    for side in ("1", "2"):
        actor = values[f"actor{side}"]
        if values[f"inter{side}"] is None and actor:
            values[f"inter{side}"] = inters.get(actor) or codes.inter_from_name(actor)
    evidence = ev.get("evidence") or {}
    return {
        "id": f"{article_id}:{idx}",
        "article_id": article_id,
        "idx": idx,
        "dedup_key": dedup_key(values["event_type"] or "", values["country"], values["iso"]),
        "cluster_id": None,  # unclustered until the next dedup pass
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "evidence_text": evidence.get("text"),
        **values,
    }


def _upsert(session: Session, table: Any, rows: list[dict[str, Any]], *, key: str,
            fill: tuple[str, ...] = ()) -> None:
    """Insert ``rows``; on a key already present keep the stored row, only filling its empty
    ``fill`` columns. Portable over SQLite and PostgreSQL (both speak ON CONFLICT)."""
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert

    stmt = insert(table)
    if fill:
        stmt = stmt.on_conflict_do_update(
            index_elements=[key],
            set_={c: func.coalesce(table.c[c], stmt.excluded[c]) for c in fill},
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=[key])
    session.execute(stmt, rows)


def record_extractions(
    session: Session, extractions: list[tuple[str, Mapping[str, Any]]]
) -> int:
    """Store articles' extraction JSON and their places, actors and events, in bulk (one
    statement per table); returns the number of events. Each article must have its raw row.

    ``article.text`` is kept in ``articles.text`` and left out of the stored JSON (not twice).
    """
    now = utcnow()
    articles: list[dict[str, Any]] = []
    places: dict[str, dict[str, Any]] = {}
    actors: dict[str, dict[str, Any]] = {}
    mentions: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for article_id, extraction in extractions:
        meta = dict(extraction.get("article") or {})
        text = meta.pop("text", None) or ""
        inters: dict[str, int | None] = {}
        for idx, p in enumerate(extraction.get("places") or ()):
            key = _place_key(p)
            places.setdefault(key, {
                "key": key,
                **{k: p.get(k) for k in ("name", "name_ar", "lat", "lon", "country", "admin1",
                                         "admin2", "feature_code")},
                "geonameid": str(p["geonameid"]) if p.get("geonameid") else None,
            })
            mentions.append(_mention(article_id, "place", idx, p, key, p.get("role")))
        for idx, a in enumerate(extraction.get("actors") or ()):
            name = a.get("canonical")
            if not name:
                continue
            inters.setdefault(name, a.get("inter"))
            row = actors.setdefault(name, {"canonical": name, "inter": a.get("inter")})
            if row["inter"] is None:
                row["inter"] = a.get("inter")
            mentions.append(_mention(article_id, "actor", idx, a, name, None))
        n = 0
        for idx, ev in enumerate(extraction.get("events") or ()):
            if not ev.get("event_type"):
                log.warning("article %s event %d has no event_type; not stored",
                            article_id[:12], idx)
                continue
            events.append(_event_row(article_id, idx, ev, inters))
            n += 1
        articles.append({
            "b_id": article_id,
            "source_id": meta.get("id") if meta.get("id") not in (None, article_id) else None,
            "title": meta.get("title"),
            "published": meta.get("published"),
            "outlet": meta.get("outlet"),
            "author": meta.get("author"),
            "url": meta.get("url"),
            "text": text,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "extraction": {**extraction, "article": meta},
            "n_events": n,
            "status": DONE,
            "processed_at": now,
        })
    if not articles:
        return 0
    t = Article.__table__
    values: dict[str, Any] = {c: bindparam(f"v_{c}") for c in articles[0] if c != "b_id"}
    # the reader's date and URL win; the container's (WARC URI, feed date) stay otherwise
    values["published"] = func.coalesce(bindparam("v_published"), t.c.published)
    values["url"] = func.coalesce(bindparam("v_url"), t.c.url)
    session.execute(
        update(t).where(t.c.id == bindparam("b_id")).values(values),
        [{("b_id" if k == "b_id" else f"v_{k}"): v for k, v in a.items()} for a in articles],
    )
    _upsert(session, Place.__table__, list(places.values()), key="key")
    _upsert(session, Actor.__table__, list(actors.values()), key="canonical", fill=("inter",))
    if mentions:
        session.execute(Mention.__table__.insert(), mentions)
    if events:
        session.execute(Event.__table__.insert(), events)
    return len(events)


def _mention(
    article_id: str, kind: str, idx: int, m: Mapping[str, Any], ref: str, role: str | None
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "kind": kind,
        "idx": idx,
        "start": int(m.get("start") or 0),
        "end": int(m.get("end") or 0),
        "mention": m.get("mention") or "",
        "ref": ref,
        "role": role,
    }


def record_failure(
    session: Session, *, article_id: str | None, ref: str, stage: str, error: str
) -> None:
    """Quarantine an input: the stage that failed, the error, and where the raw input is."""
    key = article_id or hashlib.sha256(f"{ref}\n{stage}".encode()).hexdigest()
    row = session.get(Quarantine, key)
    if row is None:
        session.add(
            Quarantine(
                key=key, article_id=article_id, source_ref=ref, stage=stage, error=error,
                created_at=utcnow(),
            )
        )
    else:
        row.stage, row.error = stage, error
    if article_id is not None:
        art = session.get(Article, article_id)
        if art is not None:
            art.status = QUARANTINED
            art.processed_at = utcnow()
