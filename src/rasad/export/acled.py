"""A deduplicated event (cluster) → one row in ACLED's column set and conventions."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any

from rasad.export import codes

# ACLED's export columns, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)

INT_COLUMNS = frozenset(
    {"year", "time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities",
     "timestamp"}
)
FLOAT_COLUMNS = frozenset({"latitude", "longitude"})


def event_id(cluster_id: str, iso3: str | None) -> str:
    """A stable event id: the country's ISO3 code and a digest of the cluster id."""
    digest = hashlib.sha256(cluster_id.encode("utf-8")).hexdigest()[:12].upper()
    return f"{iso3 or 'XXX'}-{digest}"


def _timestamp(value: Any) -> int | None:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)  # the store keeps naive UTC
        return int(value.timestamp())
    return None


def _numeric_iso(iso: Any, country: codes.Country | None) -> int | None:
    if iso not in (None, "") and str(iso).strip().isdigit():
        return int(str(iso).strip())
    return country.numeric if country else None


def acled_row(c: Mapping[str, Any]) -> dict[str, Any]:
    """ACLED's 31 fields for cluster ``c`` (a dict from ``iter_clusters``); None = empty.

    Fatalities are 0 when no source gave a figure, as ACLED codes them.
    """
    country = codes.country(c.get("country")) or (
        codes.country(str(c["iso"])) if c.get("iso") not in (None, "") else None
    )
    date = c.get("event_date")
    inter1, inter2 = c.get("inter1"), c.get("inter2")
    lat, lon = c.get("latitude"), c.get("longitude")
    row = {
        "event_id_cnty": event_id(c["id"], country.iso3 if country else None),
        "event_date": date,
        "year": int(date[:4]) if date else None,
        "time_precision": c.get("time_precision"),
        "disorder_type": codes.disorder_type(c.get("event_type")) or None,
        "event_type": c.get("event_type"),
        "sub_event_type": c.get("sub_event_type"),
        "actor1": c.get("actor1"),
        "assoc_actor_1": c.get("assoc_actor_1"),
        "inter1": inter1,
        "actor2": c.get("actor2"),
        "assoc_actor_2": c.get("assoc_actor_2"),
        "inter2": inter2,
        "interaction": codes.interaction(inter1, inter2) or None,
        "civilian_targeting": codes.civilian_targeting(c.get("event_type"), inter1, inter2)
        or None,
        "iso": _numeric_iso(c.get("iso"), country),
        "region": (country.region or None) if country else None,
        "country": country.name if country else c.get("country"),
        "admin1": c.get("admin1"),
        "admin2": c.get("admin2"),
        "admin3": c.get("admin3"),
        "location": c.get("location"),
        "latitude": round(lat, 4) if lat is not None else None,
        "longitude": round(lon, 4) if lon is not None else None,
        "geo_precision": c.get("geo_precision"),
        "source": c.get("outlets"),
        "source_scale": None,
        "notes": c.get("notes"),
        "fatalities": c.get("fatalities") or 0,
        "tags": None,
        "timestamp": _timestamp(c.get("updated_at")),
    }
    return row
