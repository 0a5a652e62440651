"""The data model: one immutable ``Document`` with offset-anchored span layers.

Every stage reads layers and returns ``doc.with_layer(...)``; nothing mutates. All offsets are
half-open ``[start, end)`` indexes into ``Document.text`` (the clean article body), so
``doc.text[span.start:span.end]`` is always the surface form that supports a field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import lt
from typing import Any, NamedTuple, overload

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


_new_span = tuple.__new__  # Span from a 5-tuple without the Python-level NamedTuple __new__


class SpanArray(Sequence[Span]):
    """A compact layer: spans of one label (and no ``kb_id``) kept as parallel lists.

    Built for layers with one span per word, where one ``Span`` object per item costs more than
    finding the items. It is a read-only sequence of ``Span`` (index, slice, ``len``, iterate,
    compare with a tuple or list of spans), whose ``Span`` objects are made on first use; hot
    loops should read the lists directly:

    - ``starts[i]``, ``ends[i]``: the half-open offsets of item ``i`` (ascending when the
      producer says so, e.g. tokens);
    - ``values[i]``: its payload (``None`` for all items when the layer has no payloads).

    The lists are owned by the layer: never mutate them. ``values`` may be made on first use
    (a subclass builds its payloads in ``_make_values`` when no list was given).
    """

    __slots__ = ("_spans", "_values", "ends", "label", "starts")

    def __init__(
        self,
        starts: list[int],
        ends: list[int],
        label: str,
        values: list[Any] | None = None,
    ) -> None:
        if len(starts) != len(ends) or (values is not None and len(values) != len(starts)):
            raise ValueError(
                f"SpanArray needs lists of one length: {len(starts)} starts, {len(ends)} ends, "
                f"{'no' if values is None else len(values)} values"
            )
        self.starts = starts
        self.ends = ends
        self.label = label
        self._values = values
        self._spans: tuple[Span, ...] | None = None

    @property
    def values(self) -> list[Any]:
        """The payload of each item (made on first use when none was given)."""
        values = self._values
        if values is None:
            values = self._values = self._make_values()
        return values

    def _make_values(self) -> list[Any]:
        """The payloads of a layer built without them: none."""
        return [None] * len(self.starts)

    def spans(self) -> tuple[Span, ...]:
        """All items as ``Span`` objects (made once, then kept)."""
        spans = self._spans
        if spans is None:
            spans = self._spans = tuple(
                map(_new_span, repeat(Span),
                    zip(self.starts, self.ends, repeat(self.label), repeat(None), self.values))
            )
        return spans

    def bounds_ok(self, n: int) -> bool:
        """Every item satisfies ``0 <= start < end <= n`` (checked on the lists, in C loops)."""
        if not self.starts:
            return True
        return min(self.starts) >= 0 and max(self.ends) <= n and all(
            map(lt, self.starts, self.ends)
        )

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Span: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Span, ...]: ...

    def __getitem__(self, i: int | slice) -> Span | tuple[Span, ...]:
        if self._spans is not None:
            return self._spans[i]
        values = self._values  # the slot: a hot path (one call per token in some consumers)
        if values is None:
            values = self.values
        if isinstance(i, slice):  # only the items asked for: a window of a long layer is cheap
            return tuple(
                map(_new_span, repeat(Span),
                    zip(self.starts[i], self.ends[i], repeat(self.label), repeat(None),
                        values[i]))
            )
        return _new_span(Span, (self.starts[i], self.ends[i], self.label, None, values[i]))

    def __iter__(self) -> Iterator[Span]:
        return iter(self.spans())

    def __bool__(self) -> bool:
        return bool(self.starts)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SpanArray):
            return self.spans() == other.spans()
        if isinstance(other, (tuple, list)):
            return self.spans() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable lists inside, like a list

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} {self.label} spans)"


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
    # the generic family a country-less name was resolved through ("الشرطة" → "police"), None
    # for a name that says its country itself: the events stage may re-resolve it by the
    # event's own country
    family: str | None = None


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
    layers: Mapping[str, Sequence[Span]] = field(default_factory=dict)  # tuple or SpanArray
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()

    def with_layer(self, name: str, spans: Iterable[Span]) -> Document:
        """A copy with layer ``name`` set to ``spans`` (kept as a tuple, or as given when it is
        a compact ``SpanArray``, whose bounds are checked on its lists)."""
        n = len(self.text)
        if isinstance(spans, SpanArray):
            if not spans.bounds_ok(n):
                bad = next(s for s in spans if not 0 <= s.start < s.end <= n)
                raise SpanOutOfBounds(self.id, name, bad, n)
        else:
            spans = tuple(spans)
            for s in spans:
                if not 0 <= s.start < s.end <= n:
                    raise SpanOutOfBounds(self.id, name, s, n)
        # the copy made field by field: ``dataclasses.replace`` reads every field's definition
        # on each call, and a document is copied once per layer (~10 times per article)
        return type(self)(
            self.id, self.text, self.meta, {**self.layers, name: spans}, self.events, self.claims
        )

    def layer(self, name: str) -> Sequence[Span]:
        """Layer ``name`` (empty when absent): a tuple of spans or a ``SpanArray``."""
        return self.layers.get(name, ())

    def with_events(
        self, events: Iterable[Event], claims: Iterable[Claim] | None = None
    ) -> Document:
        return type(self)(
            self.id, self.text, self.meta, self.layers, tuple(events),
            self.claims if claims is None else tuple(claims),
        )

    def with_meta(self, **changes: Any) -> Document:
        return replace(self, meta=replace(self.meta, **changes))
