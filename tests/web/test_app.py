"""The JSON API over a store filled by the real ingest (see conftest.py and articles.py)."""

from __future__ import annotations

import pytest

from rasad.errors import ConfigError, StorageError
from tests.web.articles import ARTICLES
from tests.web.conftest import WEB_EXTRA, path_of, strike

pytest.importorskip("fastapi", reason=WEB_EXTRA)


def test_events_lists_every_deduplicated_event_with_acled_fields(client, clusters):
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == len(clusters) == len(body["items"])
    assert [e["id"] for e in body["items"]] == [c["id"] for c in clusters]
    idlib = next(e for e in body["items"] if e["id"] == strike(clusters)["id"])
    assert idlib["event_type"] == "Explosions/Remote violence"
    assert idlib["country"] == "Syria"
    assert idlib["n_sources"] == 2
    assert idlib["event_id_cnty"].startswith("SYR-")
    assert idlib["disorder_type"] == "Political violence"
    assert 35 < idlib["latitude"] < 37 and 36 < idlib["longitude"] < 37.5
    assert "sources" not in idlib  # the list stays light; /api/events/{id} has them


def test_events_are_paged_with_a_stable_total(client, clusters):
    first = client.get("/api/events", params={"limit": 2}).json()
    rest = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == rest["total"] == len(clusters)
    assert len(first["items"]) == 2 and len(rest["items"]) == len(clusters) - 2
    ids = [e["id"] for e in first["items"] + rest["items"]]
    assert ids == [c["id"] for c in clusters]
    beyond = client.get("/api/events", params={"offset": 50}).json()
    assert beyond["items"] == [] and beyond["total"] == len(clusters)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "Syria"}, lambda c: c["country"] == "Syria"),
        ({"country": "iq"}, lambda c: c["country"] == "Iraq"),
        ({"country": ["SY", "YE"]}, lambda c: c["country"] in ("Syria", "Yemen")),
        ({"event_type": "protests"}, lambda c: c["event_type"] == "Protests"),
        ({"since": "2024-04-01"}, lambda c: c["event_date"] >= "2024-04-01"),
        ({"until": "2024-03-31"}, lambda c: c["event_date"] <= "2024-03-31"),
        ({"since": "2024-03-01", "until": "2024-04-30"},
         lambda c: "2024-03-01" <= c["event_date"] <= "2024-04-30"),
        ({"actor": "russia"}, lambda c: "Russia" in (c["actor1"] or "")),
        ({"bbox": "35.5,34.5,37.5,36.5"}, lambda c: c["admin1"] == "Idleb"),
        ({"bbox": "40,10,50,32"}, lambda c: c["country"] in ("Iraq", "Yemen")),
    ],
)
def test_filters_select_the_matching_events(client, clusters, params, expected):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    got = {e["id"] for e in r.json()["items"]}
    want = {c["id"] for c in clusters if expected(c)}
    assert want, "the filter must select something in the test store"
    assert got == want


def test_admin1_filter_matches_acled_spelling_case_insensitively(client, clusters):
    admin1 = strike(clusters)["admin1"]
    r = client.get("/api/events", params={"admin1": admin1.upper()})
    assert {e["id"] for e in r.json()["items"]} == {
        c["id"] for c in clusters if c["admin1"] == admin1
    }


def test_filters_that_match_nothing_give_an_empty_page(client):
    body = client.get("/api/events", params={"country": "Libya"}).json()
    assert body == {"total": 0, "limit": 100, "offset": 0, "items": []}


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"since": "2024-13-01"}, ["since", "2024-13-01", "YYYY-MM-DD"]),
        ({"until": "yesterday"}, ["until", "yesterday", "YYYY-MM-DD"]),
        ({"since": "2024-05-01", "until": "2024-04-01"}, ["after", "swap"]),
        ({"bbox": "1,2,3"}, ["bbox", "west,south,east,north"]),
        ({"bbox": "a,b,c,d"}, ["bbox", "four numbers"]),
        ({"bbox": "40,10,30,20"}, ["west > east"]),
        ({"bbox": "0,-95,10,10"}, ["outside"]),
        ({"event_type": "Battle"}, ["event_type='Battle'", "not an ACLED event type", "Riots"]),
        ({"limit": 0}, ["limit", "greater than or equal to 1"]),
        ({"limit": 5000}, ["limit", "less than or equal to 1000"]),
        ({"offset": -1}, ["offset"]),
    ],
)
def test_bad_parameters_are_422_with_a_readable_message(client, params, words):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert isinstance(detail, str)
    for word in words:
        assert word in detail


def test_event_detail_lists_each_source_with_its_arabic_evidence(client, clusters):
    c = strike(clusters)
    r = client.get(f"/api/events/{c['id']}")
    assert r.status_code == 200
    d = r.json()
    assert d["id"] == c["id"] and d["notes"] == c["notes"]
    assert sorted(s["source_id"] for s in d["sources"]) == ["web-1", "web-2"]
    assert {s["outlet"] for s in d["sources"]} == {"وكالة الشام", "شبكة الفرات"}
    for s in d["sources"]:
        assert s["url"].startswith("https://example.org/news/")
        assert s["title"] and s["published"] == "2024-03-11"
        assert "إدلب" in s["evidence"]  # the sentence that states the strike, as written
        article = client.get(f"/api/articles/{s['article_id']}").json()
        assert s["evidence"] in article["text"]


def test_unknown_ids_are_404_with_a_message(client):
    r = client.get("/api/events/no-such-event")
    assert r.status_code == 404 and "no-such-event" in r.json()["detail"]
    r = client.get("/api/articles/" + "0" * 64)
    assert r.status_code == 404 and "article" in r.json()["detail"]


def test_article_has_its_text_extraction_and_events(client, clusters):
    source = strike(clusters)["sources"][0]
    r = client.get(f"/api/articles/{source['article_id']}")
    assert r.status_code == 200
    a = r.json()
    assert a["status"] == "done" and a["outlet"] == source["outlet"]
    assert a["extraction"]["article"]["title"] == a["title"]
    assert a["text"] and "إدلب" in a["text"]
    assert {"places", "actors", "events", "claims"} <= set(a["extraction"])
    assert source["event_id"] in [e["event_id"] for e in a["events"]]
    assert {e["cluster_id"] for e in a["events"]} >= {strike(clusters)["id"]}
    assert "raw" not in a


def test_geojson_is_a_feature_collection_matching_the_events(client, clusters):
    r = client.get("/api/events.geojson", params={"event_type": "Explosions/Remote violence"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    want = [c for c in clusters if c["event_type"] == "Explosions/Remote violence"]
    assert fc["type"] == "FeatureCollection"
    assert fc["numberMatched"] == fc["numberReturned"] == len(fc["features"]) == len(want)
    for f, c in zip(fc["features"], want, strict=True):
        assert f["type"] == "Feature"
        lon, lat = f["geometry"]["coordinates"]  # RFC 7946: longitude first
        assert f["geometry"]["type"] == "Point"
        assert (round(lon, 4), round(lat, 4)) == (round(c["longitude"], 4), round(c["latitude"], 4))
        assert f["properties"]["cluster_id"] == c["id"]
        assert len(f["properties"]["sources"]) == c["n_sources"]


def test_geojson_pages_and_rejects_bad_parameters(client, clusters):
    fc = client.get("/api/events.geojson", params={"limit": 1, "offset": 1}).json()
    assert fc["numberMatched"] == len(clusters) and fc["numberReturned"] == 1
    assert fc["features"][0]["properties"]["cluster_id"] == clusters[1]["id"]
    assert client.get("/api/events.geojson", params={"bbox": "x"}).status_code == 422


def test_stats_count_by_country_type_and_month(client, clusters):
    s = client.get("/api/stats").json()
    assert s["events"] == len(clusters)
    assert s["reports"] == sum(c["n_sources"] for c in clusters)
    assert s["fatalities"] == sum(c["fatalities"] or 0 for c in clusters)
    assert s["articles"] == len(ARTICLES)
    by_country = {r["key"]: r["events"] for r in s["by_country"]}
    assert by_country == {
        k: sum(c["country"] == k for c in clusters) for k in {c["country"] for c in clusters}
    }
    months = [r["key"] for r in s["by_month"]]
    assert months == sorted({c["event_date"][:7] for c in clusters})
    assert sum(r["events"] for r in s["by_event_type"]) == len(clusters)
    assert s["first_date"] == min(c["event_date"] for c in clusters)
    filtered = client.get("/api/stats", params={"country": "SY"}).json()
    assert [r["key"] for r in filtered["by_country"]] == ["Syria"]


def test_reference_has_event_types_countries_and_governorate_capitals(client):
    ref = client.get("/api/reference").json()
    assert ref["event_types"][0] == "Battles" and len(ref["event_types"]) == 6
    assert {"SY", "IQ", "YE", "LY", "SD", "LB", "PS"} <= {c["iso2"] for c in ref["countries"]}
    capitals = {(a["admin1"], a["name_ar"]): a for a in ref["admin1"] if a["capital"]}
    aleppo = capitals[("Aleppo", "حلب")]
    assert abs(aleppo["lat"] - 36.2) < 0.2 and abs(aleppo["lon"] - 37.15) < 0.2
    mosul = capitals[("Ninewa", "الموصل")]  # a governorate named otherwise than its capital
    assert abs(mosul["lat"] - 36.34) < 0.2 and abs(mosul["lon"] - 43.13) < 0.2
    assert len(ref["admin1"]) >= 90


def test_extract_returns_the_extraction_contract(client):
    text = "قتل ثلاثة مدنيين أمس في قصف مدفعي استهدف مدينة حلب."
    r = client.post("/api/extract", json={"text": text, "published": "2024-02-03",
                                          "outlet": "وكالة الاختبار"})
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["article"]["outlet"] == "وكالة الاختبار"
    assert out["article"]["published"] == "2024-02-03"
    assert out["events"], out
    ev = out["events"][0]
    assert ev["event_date"] == "2024-02-02"  # "أمس" against the publication date
    assert out["article"]["text"][ev["evidence"]["start"]:ev["evidence"]["end"]] == (
        ev["evidence"]["text"]
    )


def test_extract_reads_html(client):
    html = ("<html><head><title>قصف</title></head><body><article><p>قتل ثلاثة مدنيين أمس في "
            "قصف مدفعي استهدف مدينة حلب.</p></article></body></html>")
    r = client.post("/api/extract", json={"html": html, "published": "2024-02-03"})
    assert r.status_code == 200, r.text
    assert "حلب" in r.json()["article"]["text"]
    assert "<p>" not in r.json()["article"]["text"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({}, ["exactly one", "neither"]),
        ({"text": "نص", "html": "<p>نص</p>"}, ["exactly one", "text and html"]),
        ({"text": "   "}, ["empty"]),
        ({"text": "نص", "published": "2024-02-30"}, ["published", "YYYY-MM-DD"]),
        ({"text": 5}, ["text"]),
    ],
)
def test_extract_errors_are_422_with_the_message(client, body, words):
    r = client.post("/api/extract", json=body)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert isinstance(detail, str) and "Traceback" not in detail
    for word in words:
        assert word in detail


def test_health_reports_the_database_without_its_password(client, api_url, clusters):
    h = client.get("/api/health").json()
    assert h["status"] == "ok" and h["schema_version"] == 1 and h["events"] == len(clusters)
    assert h["database"].rsplit("/", 1)[-1] == api_url.rsplit("/", 1)[-1]
    from sqlalchemy.engine import make_url

    password = make_url(api_url).password
    shown = make_url(h["database"])
    # compare the parsed field: a user name may contain the password's letters ("rasad:rasad")
    assert shown.password is None or shown.password != password or not password
    assert not password or shown.password == "***"


def test_openapi_documents_every_route_with_typed_models(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for route in ("/api/events", "/api/events.geojson", "/api/events/{event_id}",
                  "/api/articles/{article_id}", "/api/stats", "/api/extract", "/api/health",
                  "/api/reference"):
        assert route in paths, route
    ok = paths["/api/events"]["get"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"]["$ref"].endswith("/EventPage")
    assert "application/geo+json" in paths["/api/events.geojson"]["get"]["responses"]["200"][
        "content"]
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert params == {"since", "until", "country", "admin1", "event_type", "actor", "bbox",
                      "limit", "offset"}
    assert "404" in paths["/api/events/{event_id}"]["get"]["responses"]
    schemas = spec["components"]["schemas"]
    assert "evidence" in schemas["Source"]["properties"]
    assert "ExtractRequest" in schemas


def test_map_page_and_its_static_files_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for ref in ("/static/map.js", "/static/style.css"):
        assert ref in page.text
        assert client.get(ref).status_code == 200
    # nothing from elsewhere: the page works offline (the SVG namespace is a name, not a fetch)
    import regex

    for ref in ("/", "/docs", "/static/map.js", "/static/api.js", "/static/style.css"):
        urls = set(regex.findall(r"https?://[^\s\"'`)]+", client.get(ref).text))
        assert urls <= {"http://www.w3.org/2000/svg"}, (ref, urls)


def test_docs_page_is_rasads_own_and_cdn_pages_are_off(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "/static/api.js" in page.text
    assert "cdn" not in page.text.lower()
    assert client.get("/redoc").status_code == 404


def test_a_missing_sqlite_file_is_refused_and_not_created(tmp_path):
    from rasad.web.app import create_app

    missing = tmp_path / "nothing.db"
    with pytest.raises(StorageError, match="does not exist"):
        create_app(f"sqlite:///{missing}")
    assert not missing.exists()


def test_bad_urls_and_empty_databases_are_refused(tmp_path):
    from rasad.store import Store
    from rasad.web.app import create_app

    with pytest.raises(ConfigError):
        create_app("mysql://localhost/x")
    with pytest.raises(ConfigError):
        create_app("sqlite:///:memory:")
    empty = tmp_path / "empty.db"
    import sqlite3

    sqlite3.connect(empty).close()
    with pytest.raises(StorageError, match="no rasad data"):
        create_app(f"sqlite:///{empty}")
    Store.open(f"sqlite:///{tmp_path / 'new.db'}").close()  # a migrated but empty store serves
    app = create_app(f"sqlite:///{tmp_path / 'new.db'}")
    app.state.store.close()


def test_the_api_never_writes_to_the_database(db_url):
    from fastapi.testclient import TestClient

    from rasad.web.app import create_app

    path = path_of(db_url)
    before = path.read_bytes()
    with TestClient(create_app(db_url)) as client:
        client.get("/api/events")
        client.get("/api/stats")
        client.post("/api/extract", json={"text": "قتل مدني في قصف على حلب."})
    assert path.read_bytes() == before


def test_a_bug_is_a_500_with_one_json_line_not_a_traceback(db_url, monkeypatch):
    from fastapi.testclient import TestClient

    from rasad.web import queries
    from rasad.web.app import create_app

    def broken(*_args, **_kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(queries, "stats", broken)
    with TestClient(create_app(db_url), raise_server_exceptions=False) as client:
        r = client.get("/api/stats")
    assert r.status_code == 500
    assert "simulated failure" in r.json()["detail"] and "Traceback" not in r.text


def test_a_database_that_stops_answering_is_a_503_with_the_reason(db_url, tmp_path):
    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine

    from rasad.web.app import create_app

    app = create_app(db_url)
    good = app.state.store.engine
    app.state.store.engine = create_engine(f"sqlite:///{tmp_path / 'gone' / 'x.db'}")
    try:
        with TestClient(app) as client:
            for url in ("/api/events", "/api/stats", "/api/health"):
                r = client.get(url)
                assert r.status_code == 503, url
                assert "unable to open database file" in r.json()["detail"]
    finally:
        good.dispose()
