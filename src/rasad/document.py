"""The data model: one immutable ``Document`` with offset-anchored span layers.

Every stage reads layers and returns ``doc.with_layer(...)``; nothing mutates. All offsets are
half-open ``[start, end)`` indexes into ``Document.text`` (the clean article body), so
``doc.text[span.start:span.end]`` is always the surface form that supports a field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from rasad.errors import SpanOutOfBounds


class Span(NamedTuple):
    """An immutable, offset-anchored annotation. A named tuple rather than a frozen dataclass:
    documents carry hundreds of token spans, and tuples are created twice as fast."""

    start: int  # inclusive offset into Document.text
    end: int  # exclusive
    label: str  # "TOKEN", "SENT", "NUMBER", "DATE", "PLACE", "ACTOR", "TRIGGER", ...
    kb_id: str | None = None  # geonameid / actor canonical name once resolved
    value: Any = None  # stage-specific payload (Quantity, DateValue, Place, ActorRef, ...)

    def text(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the reader learned about the article besides its body."""

    title: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    caption: str | None = None  # photo caption, kept apart from the body
    source_format: str = "text"  # text | html | json


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place (the ``value`` of a PLACE span)."""

    name: str
    name_ar: str | None
    geonameid: str | None
    lat: float | None
    lon: float | None
    country: str | None  # ISO2
    admin1: str | None
    admin2: str | None
    feature_code: str | None
    role: str = "other"  # event_location | origin | destination | other
    geo_precision: int = 1  # ACLED: 1 village/neighbourhood, 2 district/region, 3 province+
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A resolved actor (the ``value`` of an ACTOR span)."""

    canonical: str
    inter: int | None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED-style atomic event; field names follow the extraction JSON contract."""

    event_date: str | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    location: str | None
    admin1: str | None
    admin2: str | None
    country: str | None
    iso: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    claimed_by: str | None
    certainty: str  # asserted | reported | denied
    notes: str
    evidence: Evidence
    confidence: float
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """An aggregate or unattributable statement (e.g. a casualty total over weeks)."""

    kind: str  # "casualty_total", ...
    text: str
    start: int
    end: int
    value: int | None = None
    period: str | None = None
    claimed_by: str | None = None
    actor: str | None = None


def content_id(data: str | bytes) -> str:
    """The sha256 hex digest of the raw input: the stable id that makes re-imports idempotent."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    layers: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()

    def with_layer(self, name: str, spans: Iterable[Span]) -> Document:
        spans = tuple(spans)
        n = len(self.text)
        for s in spans:
            if not 0 <= s.start < s.end <= n:
                raise SpanOutOfBounds(self.id, name, s, n)
        return replace(self, layers={**self.layers, name: spans})

    def layer(self, name: str) -> tuple[Span, ...]:
        return self.layers.get(name, ())

    def with_events(
        self, events: Iterable[Event], claims: Iterable[Claim] | None = None
    ) -> Document:
        return replace(
            self,
            events=tuple(events),
            claims=self.claims if claims is None else tuple(claims),
        )

    def with_meta(self, **changes: Any) -> Document:
        return replace(self, meta=replace(self.meta, **changes))
