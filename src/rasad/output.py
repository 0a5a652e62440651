"""Document → the extraction JSON contract (see DESIGN.md). Field names here are binding."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from rasad.document import Document, Span


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


# Values that are already JSON-ready: most fields of an event or a claim. Exact types only (a
# str or int subclass takes the full path below, as before).
_SCALARS = frozenset({str, int, float, bool, type(None)})
# dataclass type → its field names (``dataclasses.fields`` reads the class, so one look-up per
# type serves every instance; an event has 24 fields and a document several events)
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """A JSON-ready view of a span payload (dataclasses, dates, tuples)."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    names = _FIELD_NAMES.get(cls)
    if names is None and dataclasses.is_dataclass(cls) and not isinstance(value, type):
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    if names is not None:
        out: dict[str, Any] = {}
        for name in names:
            v = getattr(value, name)
            out[name] = v if type(v) in _SCALARS else _plain(v)
        return out
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _place(doc: Document, s: Span) -> dict[str, Any]:
    p = s.value
    return {
        "mention": doc.text[s.start : s.end],
        "start": s.start,
        "end": s.end,
        "name": p.name,
        "name_ar": p.name_ar,
        "geonameid": p.geonameid,
        "lat": p.lat,
        "lon": p.lon,
        "country": p.country,
        "admin1": p.admin1,
        "admin2": p.admin2,
        "feature_code": p.feature_code,
        "role": p.role,
        "geo_precision": p.geo_precision,
    }


def _actor(doc: Document, s: Span) -> dict[str, Any]:
    a = s.value
    return {
        "mention": doc.text[s.start : s.end],
        "start": s.start,
        "end": s.end,
        "canonical": a.canonical,
        "inter": a.inter,
    }


def to_json(doc: Document, *, include_layers: bool = False) -> dict[str, Any]:
    m = doc.meta
    out: dict[str, Any] = {
        "article": {
            "id": doc.id,
            "title": m.title,
            "published": _iso(m.published),
            "updated": _iso(m.updated),
            "outlet": m.outlet,
            "author": m.author,
            "url": m.url,
            "caption": m.caption,
            "text": doc.text,
        },
        "places": [_place(doc, s) for s in doc.layer("places")],
        "actors": [_actor(doc, s) for s in doc.layer("actors")],
        "events": [_plain(e) for e in doc.events],
        "claims": [_plain(c) for c in doc.claims],
    }
    if include_layers:
        out["layers"] = {
            name: [
                {
                    "start": s.start,
                    "end": s.end,
                    "text": doc.text[s.start : s.end],
                    "label": s.label,
                    **({"kb_id": s.kb_id} if s.kb_id else {}),
                    **({"value": _plain(s.value)} if s.value is not None else {}),
                }
                for s in spans
            ]
            for name, spans in doc.layers.items()
            if name != "tokens"  # tokens are many and derivable; ask for them explicitly
        }
    return out
