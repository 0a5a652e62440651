"""Exports: ACLED CSV column order and conventions, GeoJSON structure, JSONL, Parquet round trip,
and filters. The store is filled by the fake pipeline from a small Arabic corpus."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from rasad.errors import ConfigError
from rasad.export import ACLED_COLUMNS, export
from rasad.store import EventFilter, Store, ingest
from tests.store.backends import BACKENDS, PG_URL, reset_postgres
from tests.store.corpus import GOOD_RECORDS, write_jsonl
from tests.store.fakes import fake_pipeline

# ACLED's columns as listed in its codebook (typed here independently of the code).
ACLED_ORDER = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type "
    "actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting "
    "iso region country admin1 admin2 admin3 location latitude longitude geo_precision source "
    "source_scale notes fatalities tags timestamp"
).split()

UNLOCATED = {
    "id": "u-1", "outlet": "وكالة أ", "published": "2019-05-06",
    "text": "قصف في الشمال\n\nقصفت قوات النظام مواقع في الشمال دون تحديد المكان.",
}


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """One filled store per backend for the whole module (exports only read it)."""
    tmp = tmp_path_factory.mktemp("export")
    if request.param == "sqlite":
        url = f"sqlite:///{tmp / 'rasad.db'}"
    else:
        assert PG_URL
        reset_postgres(PG_URL)
        url = PG_URL
    src = write_jsonl(tmp / "corpus.jsonl", [*GOOD_RECORDS[:4], GOOD_RECORDS[5], UNLOCATED])
    with Store.open(url) as st:
        ingest([src], store=st, pipeline=fake_pipeline)
        yield st
    if request.param != "sqlite":
        reset_postgres(url)


def _csv_rows(store, flt=None) -> tuple[list[str], list[dict[str, str]]]:
    buf = io.BytesIO()
    export(store, "acled-csv", buf, flt)
    reader = csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8")))
    return list(reader.fieldnames or []), list(reader)


def test_acled_csv_has_exactly_acleds_31_columns_in_order(store):
    header, rows = _csv_rows(store)
    assert header == ACLED_ORDER == list(ACLED_COLUMNS)
    assert len(header) == 31
    assert len(rows) == 4  # Saraqib (3 outlets), Khan Shaykhun, Douma, the unlocated one


def test_acled_csv_rows_follow_acled_conventions(store):
    _, rows = _csv_rows(store)
    saraqib = next(r for r in rows if r["location"] == "Saraqib")
    assert saraqib["event_id_cnty"].startswith("SYR-")
    assert saraqib["event_date"] == "2019-05-02" and saraqib["year"] == "2019"
    assert saraqib["disorder_type"] == "Political violence"
    assert saraqib["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (saraqib["inter1"], saraqib["inter2"], saraqib["interaction"]) == ("1", "7", "17")
    assert saraqib["civilian_targeting"] == "Civilian targeting"
    assert (saraqib["iso"], saraqib["region"], saraqib["country"]) == ("760", "Middle East",
                                                                      "Syria")
    assert (saraqib["latitude"], saraqib["longitude"]) == ("35.8642", "36.8006")
    assert saraqib["source"] == "شبكة ب; موقع ج; وكالة أ"
    assert saraqib["fatalities"] == "4"
    assert int(saraqib["timestamp"]) > 1_500_000_000
    clash = next(r for r in rows if r["location"] == "Khan Shaykhun")
    assert clash["fatalities"] == "0"  # no figure reported → 0, as ACLED codes it
    assert (clash["interaction"], clash["civilian_targeting"]) == ("12", "")


def test_event_ids_are_stable_across_exports(store):
    _, first = _csv_rows(store)
    _, second = _csv_rows(store)
    assert [r["event_id_cnty"] for r in first] == [r["event_id_cnty"] for r in second]
    assert len({r["event_id_cnty"] for r in first}) == len(first)


def test_geojson_is_an_rfc7946_feature_collection_with_lon_lat_points(store, tmp_path):
    out = tmp_path / "events.geojson"
    n = export(store, "geojson", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert len(doc["features"]) == n == 4
    located = [f for f in doc["features"] if f["geometry"] is not None]
    assert len(located) == 3
    for f in doc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        assert set(ACLED_COLUMNS) <= set(f["properties"])
    for f in located:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert (lat, lon) == (f["properties"]["latitude"], f["properties"]["longitude"])
    saraqib = next(f for f in located if f["properties"]["location"] == "Saraqib")
    assert saraqib["geometry"]["coordinates"] == [36.8006, 35.8642]  # longitude first
    assert len(saraqib["properties"]["sources"]) == 3


def test_jsonl_lists_each_sources_own_claim(store):
    buf = io.BytesIO()
    export(store, "jsonl", buf)
    records = [json.loads(line) for line in buf.getvalue().decode("utf-8").splitlines()]
    saraqib = next(r for r in records if r["location"] == "Saraqib")
    claims = {s["outlet"]: s["fatalities"] for s in saraqib["sources"]}
    assert claims == {"وكالة أ": 4, "شبكة ب": 6, "موقع ج": 7}
    assert all(s["evidence"] for s in saraqib["sources"])
    assert saraqib["fatalities"] == 4 and saraqib["n_sources"] == 3


def test_parquet_round_trips_with_real_types(store, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    n = export(store, "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == n == 4
    assert table.column_names[:31] == list(ACLED_COLUMNS)
    assert str(table.schema.field("fatalities").type) == "int32"
    assert str(table.schema.field("latitude").type) == "double"
    _, csv_rows = _csv_rows(store)
    back = table.to_pylist()
    for row, csv_row in zip(back, csv_rows, strict=True):
        for col in ACLED_COLUMNS:  # the same values as the CSV, typed
            expected = csv_row[col]
            assert ("" if row[col] is None else str(row[col])) == expected, col
    saraqib = next(r for r in back if r["location"] == "Saraqib")
    assert sorted(s["fatalities"] for s in saraqib["sources"]) == [4, 6, 7]


@pytest.mark.parametrize(
    "flt,locations",
    [
        (EventFilter(since=dt.date(2019, 5, 3)), {"Khan Shaykhun", "Douma", ""}),
        (EventFilter(until=dt.date(2019, 5, 2)), {"Saraqib"}),
        (EventFilter(admin1=("idlib",)), {"Saraqib", "Khan Shaykhun"}),
        (EventFilter(event_types=("Battles",)), {"Khan Shaykhun"}),
        (EventFilter(actors=("opposition",)), {"Khan Shaykhun"}),
        (EventFilter(countries=("SY",)), {"Saraqib", "Khan Shaykhun", "Douma", ""}),
        (EventFilter(countries=("Syria",)), {"Saraqib", "Khan Shaykhun", "Douma", ""}),
        (EventFilter(countries=("Iraq",)), set()),
    ],
)
def test_filters(store, flt, locations):
    _, rows = _csv_rows(store, flt)
    assert {r["location"] for r in rows} == locations


def test_reversed_date_range_is_a_config_error():
    with pytest.raises(ConfigError, match="swap"):
        EventFilter(since=dt.date(2019, 5, 9), until=dt.date(2019, 5, 1))


def test_unknown_format_is_a_config_error(store):
    with pytest.raises(ConfigError, match="acled-csv"):
        export(store, "xlsx", io.BytesIO())
