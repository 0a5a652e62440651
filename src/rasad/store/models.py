"""SQLAlchemy 2 models: the event store's tables.

Every key is derived from content, never from an auto-increment counter, so a run that is killed
and restarted, or an article ingested twice, writes exactly the same rows:

- ``articles.id`` is the SHA-256 of the raw input bytes (stored in ``articles.raw``);
- ``events.id`` is ``<article id>:<index of the event in the article>``;
- ``event_clusters.id`` is the id of the cluster's founding event (its earliest member).

Columns holding wall-clock times (``*_at``) are the only ones that differ between two runs over
the same input; ``VOLATILE_COLUMNS`` names them so comparisons can leave them out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

VOLATILE_COLUMNS: frozenset[str] = frozenset(
    {"ingested_at", "processed_at", "updated_at", "created_at", "applied_at"}
)

# Article processing states.
PENDING, DONE, QUARANTINED = "pending", "done", "quarantined"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}  # noqa: RUF012 (SQLAlchemy's class attribute)


class SchemaVersion(Base):
    """One row per applied schema version; the highest is the database's version."""

    __tablename__ = "schema_version"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    description: Mapped[str] = mapped_column(Text)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Article(Base):
    """One input article: its raw bytes (kept before any processing) and what was extracted."""

    __tablename__ = "articles"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of ``raw``
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    raw_size: Mapped[int] = mapped_column(Integer)
    source_kind: Mapped[str] = mapped_column(String(16))  # text | html | json
    source_ref: Mapped[str] = mapped_column(Text)  # where it was first read: path#line=12 ...
    status: Mapped[str] = mapped_column(String(16), index=True, default=PENDING)
    source_id: Mapped[str | None] = mapped_column(Text)  # the input's own id (docno, ...)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)  # YYYY-MM-DD
    outlet: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    text_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    extraction: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    n_events: Mapped[int | None] = mapped_column(Integer)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    processed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Place(Base):
    """A resolved place, shared by every article that mentions it."""

    __tablename__ = "places"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)  # gn:<geonameid> or h:<hash>
    name: Mapped[str | None] = mapped_column(Text)
    name_ar: Mapped[str | None] = mapped_column(Text)
    geonameid: Mapped[str | None] = mapped_column(String(32))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(8))
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    feature_code: Mapped[str | None] = mapped_column(String(16))


class Actor(Base):
    """A canonical (ACLED-style) actor name with its inter code."""

    __tablename__ = "actors"
    canonical: Mapped[str] = mapped_column(String(300), primary_key=True)
    inter: Mapped[int | None] = mapped_column(Integer)


class Mention(Base):
    """Where an article mentions a place or an actor (offsets into ``articles.text``)."""

    __tablename__ = "mentions"
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # place | actor
    idx: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    mention: Mapped[str] = mapped_column(Text)
    ref: Mapped[str] = mapped_column(String(300), index=True)  # places.key or actors.canonical
    role: Mapped[str | None] = mapped_column(String(32))


class Event(Base):
    """One event as one article reports it: each source's own claim, kept as extracted."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)  # <article id>:<idx>
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    idx: Mapped[int] = mapped_column(Integer)
    dedup_key: Mapped[str] = mapped_column(String(120), index=True)  # event_type|country
    cluster_id: Mapped[str | None] = mapped_column(String(80), index=True)  # NULL = unclustered
    event_date: Mapped[str | None] = mapped_column(String(10))
    time_precision: Mapped[int | None] = mapped_column(Integer)
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str | None] = mapped_column(String(64))
    actor1: Mapped[str | None] = mapped_column(Text)
    assoc_actor_1: Mapped[str | None] = mapped_column(Text)
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str | None] = mapped_column(Text)
    assoc_actor_2: Mapped[str | None] = mapped_column(Text)
    inter2: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    iso: Mapped[str | None] = mapped_column(String(8))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    claimed_by: Mapped[str | None] = mapped_column(Text)
    certainty: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    evidence_text: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float)


class EventCluster(Base):
    """One real-world happening: the merged view of the events that report it."""

    __tablename__ = "event_clusters"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)  # founding event id
    dedup_key: Mapped[str] = mapped_column(String(120), index=True)
    event_date: Mapped[str | None] = mapped_column(String(10), index=True)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    event_type: Mapped[str] = mapped_column(String(64), index=True)
    sub_event_type: Mapped[str | None] = mapped_column(String(64))
    actor1: Mapped[str | None] = mapped_column(Text)
    assoc_actor_1: Mapped[str | None] = mapped_column(Text)
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str | None] = mapped_column(Text)
    assoc_actor_2: Mapped[str | None] = mapped_column(Text)
    inter2: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    iso: Mapped[str | None] = mapped_column(String(8))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int | None] = mapped_column(Integer)  # NULL: no source gave a figure
    certainty: Mapped[str | None] = mapped_column(String(16))
    claimed_by: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float)
    n_sources: Mapped[int] = mapped_column(Integer)  # supporting articles
    outlets: Mapped[str | None] = mapped_column(Text)  # distinct outlets, "; "-separated
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class EventSource(Base):
    """Which article (through which of its events) supports which cluster."""

    __tablename__ = "event_sources"
    cluster_id: Mapped[str] = mapped_column(
        ForeignKey("event_clusters.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    outlet: Mapped[str | None] = mapped_column(Text)


class Quarantine(Base):
    """An input that could not be processed: which stage failed, why, and where the input is."""

    __tablename__ = "quarantine"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # article id or hash of ref
    article_id: Mapped[str | None] = mapped_column(String(64), index=True)  # raw is in articles
    source_ref: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(64))
    error: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


Index("ix_events_dedup_cluster", Event.dedup_key, Event.cluster_id)

# Tables in dependency order (parents first): what counts and comparisons walk through.
TABLES: tuple[type[Base], ...] = (
    SchemaVersion, Article, Place, Actor, Mention, Event, EventCluster, EventSource, Quarantine,
)
