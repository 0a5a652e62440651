"""Writers: ACLED CSV, GeoJSON (RFC 7946), JSON Lines and Parquet, over deduplicated events."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from rasad.errors import ConfigError
from rasad.export.acled import ACLED_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, acled_row

if TYPE_CHECKING:
    from rasad.store.db import Store
    from rasad.store.query import EventFilter

FORMATS: tuple[str, ...] = ("acled-csv", "geojson", "jsonl", "parquet")
BINARY_FORMATS = frozenset({"parquet"})

Output = str | Path | IO[bytes]


def json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _record(c: dict[str, Any]) -> dict[str, Any]:
    """ACLED's fields, then rasad's own: cluster id, certainty, claims, every source."""
    return {
        **acled_row(c),
        "cluster_id": c["id"],
        "certainty": c.get("certainty"),
        "claimed_by": c.get("claimed_by"),
        "confidence": c.get("confidence"),
        "n_sources": c.get("n_sources"),
        "sources": c.get("sources", []),
    }


@contextmanager
def _text_out(out: Output) -> Iterator[IO[str]]:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # leave the caller's stream open


def write_acled_csv(clusters: Iterable[dict[str, Any]], out: Output) -> int:
    """ACLED's 31 columns in ACLED's order; empty cells for unknowns, fatalities 0."""
    n = 0
    with _text_out(out) as fh:
        writer = csv.DictWriter(fh, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
        writer.writeheader()
        for c in clusters:
            writer.writerow({k: ("" if v is None else v) for k, v in acled_row(c).items()})
            n += 1
    return n


def write_jsonl(clusters: Iterable[dict[str, Any]], out: Output) -> int:
    """One event a line: ACLED's fields plus the cluster's sources and their own claims."""
    n = 0
    with _text_out(out) as fh:
        for c in clusters:
            fh.write(json.dumps(_record(c), ensure_ascii=False, default=json_default) + "\n")
            n += 1
    return n


def geojson_feature(c: dict[str, Any]) -> dict[str, Any]:
    rec = _record(c)
    lat, lon = rec.pop("latitude"), rec.pop("longitude")
    geometry = (
        {"type": "Point", "coordinates": [lon, lat]}  # RFC 7946: longitude first
        if lat is not None and lon is not None
        else None
    )
    return {"type": "Feature", "id": rec["event_id_cnty"], "geometry": geometry,
            "properties": {**rec, "latitude": lat, "longitude": lon}}


def write_geojson(clusters: Iterable[dict[str, Any]], out: Output) -> int:
    """A GeoJSON FeatureCollection (RFC 7946, WGS 84, [lon, lat]); unlocated events have null
    geometry."""
    n = 0
    with _text_out(out) as fh:
        fh.write('{"type": "FeatureCollection", "features": [')
        for c in clusters:
            fh.write(",\n" if n else "\n")
            fh.write(json.dumps(geojson_feature(c), ensure_ascii=False, default=json_default))
            n += 1
        fh.write("\n]}\n")
    return n


def parquet_schema() -> Any:
    import pyarrow as pa

    def typ(col: str) -> Any:
        if col == "timestamp":
            return pa.int64()
        if col in INT_COLUMNS:
            return pa.int32()
        if col in FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    source = pa.struct([
        ("article_id", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
        ("published", pa.string()), ("event_date", pa.string()), ("location", pa.string()),
        ("fatalities", pa.int32()), ("certainty", pa.string()), ("claimed_by", pa.string()),
        ("evidence", pa.string()),
    ])
    return pa.schema(
        [(c, typ(c)) for c in ACLED_COLUMNS]
        + [("cluster_id", pa.string()), ("certainty", pa.string()), ("n_sources", pa.int32()),
           ("sources", pa.list_(source))]
    )


def write_parquet(
    clusters: Iterable[dict[str, Any]], out: Output, *, batch_rows: int = 5000
) -> int:
    """ACLED's columns with real types (ints, floats, nulls) plus the list of sources."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    keep = [f.name for f in schema.field("sources").type.value_type]
    n = 0
    with pq.ParquetWriter(out if not isinstance(out, Path) else str(out), schema) as writer:
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch.clear()

        for c in clusters:
            rec = _record(c)
            row = {k: rec[k] for k in schema.names if k != "sources"}
            row["sources"] = [{k: s.get(k) for k in keep} for s in rec["sources"]]
            batch.append(row)
            n += 1
            if len(batch) >= batch_rows:
                flush()
        flush()
    return n


WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], Output], int]] = {
    "acled-csv": write_acled_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
    "parquet": write_parquet,
}


def export(store: Store, fmt: str, out: Output, flt: EventFilter | None = None) -> int:
    """Write the deduplicated events of ``store`` matching ``flt`` as ``fmt``; returns #events."""
    from rasad.store.query import iter_clusters

    writer = WRITERS.get(fmt)
    if writer is None:
        raise ConfigError(f"export format {fmt!r} is unknown; use one of {', '.join(FORMATS)}")
    return writer(iter_clusters(store, flt), out)
