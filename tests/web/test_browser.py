"""The map page in a real headless Chromium: markers, list, filters, zoom/pan, detail panel.

Skipped when Chromium or the playwright package is absent, unless RASAD_REQUIRE_BROWSER=1 (CI),
where their absence fails the run.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.conftest import WEB_EXTRA, strike

CHROMIUM = Path(os.environ.get("RASAD_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _need_browser() -> None:
    missing = []
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package (pip install playwright)")
    if not (CHROMIUM.is_file() or shutil.which(str(CHROMIUM))):
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium, or set RASAD_CHROMIUM)")
    if missing:
        reason = "browser test needs " + " and ".join(missing)
        if os.environ.get("RASAD_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason}; RASAD_REQUIRE_BROWSER=1 makes it required")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def clusters(sqlite_clusters: list[dict]) -> list[dict]:
    """The page is served from the SQLite store (the API tests also cover PostgreSQL)."""
    return sqlite_clusters


@pytest.fixture(scope="module")
def server(db_url: str) -> Iterator[str]:
    _need_browser()  # before starting a server the test could not use
    uvicorn = pytest.importorskip("uvicorn", reason=WEB_EXTRA)

    from rasad.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db_url), host="127.0.0.1", port=port,
                                       log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        pg = browser.new_page(viewport={"width": 1200, "height": 760})
        pg.set_default_timeout(8000)
        problems: list[str] = []
        pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: problems.append(str(e)))
        pg.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
        pg.on("request", lambda r: None if r.url.startswith((server, "data:"))
              else problems.append(f"request outside the server: {r.url}"))
        pg.goto(server + "/")
        pg.problems = problems  # type: ignore[attr-defined]
        yield pg
        browser.close()


def wait_loaded(page, n: int) -> None:
    page.wait_for_selector(f'body[data-loaded="{n}"]')
    page.wait_for_function(f'document.getElementById("map").dataset.count === "{n}"')


def test_map_draws_every_event_and_lists_them(page, clusters):
    located = [c for c in clusters if c["latitude"] is not None]
    wait_loaded(page, len(clusters))
    assert page.get_attribute("#map", "data-count") == str(len(located))
    assert page.locator("#event-list li").count() == len(located)
    assert page.get_attribute("#list-count", "data-count") == str(len(located))
    listed = set(page.locator("#event-list li").evaluate_all("els => els.map(e => e.dataset.id)"))
    assert listed == {c["id"] for c in located}
    order = page.locator("#event-list li").evaluate_all("els => els.map(e => e.dataset.id)")
    assert order == [c["id"] for c in reversed(located)]  # newest first
    legend = page.locator("#legend li").evaluate_all("els => els.map(e => e.dataset.type)")
    assert legend[:6] == ["Battles", "Explosions/Remote violence", "Violence against civilians",
                          "Protests", "Riots", "Strategic developments"]
    # the event markers are painted in their type's colour where the page says they are
    x, y = page.evaluate(f"rasadMap.markerAt({strike(clusters)['id']!r})")
    pixel = page.evaluate(
        """([x, y]) => {
          const c = document.getElementById('map'), r = c.getBoundingClientRect();
          const d = window.devicePixelRatio || 1, g = c.getContext('2d');
          return Array.from(g.getImageData((x - r.left) * d, (y - r.top) * d, 1, 1).data);
        }""",
        [x, y],
    )
    assert pixel[:3] != [223, 233, 240], "no marker painted at the strike's position"
    assert page.problems == []


def test_filters_reduce_the_markers_and_reset_restores_them(page, clusters):
    wait_loaded(page, len(clusters))
    protests = [c for c in clusters if c["event_type"] == "Protests"]
    page.select_option("#f-type", "Protests")
    wait_loaded(page, len(protests))
    assert page.locator("#event-list li").count() == len(protests)
    assert page.get_attribute("#event-list li", "data-type") == "Protests"
    page.select_option("#f-type", "")
    countries = page.locator("#f-country option").evaluate_all("els => els.map(e => e.value)")
    assert "Syria" in countries
    page.select_option("#f-country", "Syria")
    wait_loaded(page, sum(c["country"] == "Syria" for c in clusters))
    page.click("#f-reset")
    wait_loaded(page, len(clusters))
    page.fill("#f-since", "2024-04-01")
    page.dispatch_event("#f-since", "change")
    wait_loaded(page, sum(c["event_date"] >= "2024-04-01" for c in clusters))
    page.click("#f-reset")
    wait_loaded(page, len(clusters))
    assert page.problems == []


def test_filters_are_kept_in_the_address_and_read_from_it(page, server, clusters):
    wait_loaded(page, len(clusters))
    page.select_option("#f-type", "Protests")
    protests = [c for c in clusters if c["event_type"] == "Protests"]
    wait_loaded(page, len(protests))
    assert page.url.endswith("#event_type=Protests")
    shared = page.context.browser.new_page()  # a colleague opens the shared address
    shared.on("pageerror", lambda e: page.problems.append(str(e)))
    shared.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    try:
        shared.goto(f"{server}/#country=Syria&since=2024-04-01")
        n = sum(c["country"] == "Syria" and c["event_date"] >= "2024-04-01" for c in clusters)
        wait_loaded(shared, n)
        assert shared.input_value("#f-country") == "Syria"
        assert shared.input_value("#f-since") == "2024-04-01"
        shared.evaluate("location.hash = 'event_type=Battles'")
        wait_loaded(shared, sum(c["event_type"] == "Battles" for c in clusters))
        assert shared.input_value("#f-country") == ""
    finally:
        shared.close()
    page.click("#f-reset")
    wait_loaded(page, len(clusters))
    assert "#" not in page.url
    assert page.problems == []


def test_month_bars_count_the_events_and_a_click_filters_to_the_month(page, clusters):
    wait_loaded(page, len(clusters))
    bars = page.locator("#months rect.bar")
    counts = dict(zip(bars.evaluate_all("els => els.map(e => e.dataset.month)"),
                      map(int, bars.evaluate_all("els => els.map(e => e.dataset.count)")),
                      strict=True))
    months = sorted({c["event_date"][:7] for c in clusters})
    every = []  # each month from the first to the last, empty ones too
    y, m = map(int, months[0].split("-"))
    while f"{y}-{m:02d}" <= months[-1]:
        every.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    assert list(counts) == every
    assert sum(counts.values()) == len(clusters)
    for m in months:
        assert counts[m] == sum(c["event_date"][:7] == m for c in clusters)
    page.click(f'#months rect[data-month="{months[1]}"]')
    wait_loaded(page, counts[months[1]])
    assert page.input_value("#f-since") == f"{months[1]}-01"
    assert page.input_value("#f-until").startswith(months[1])
    page.click("#f-reset")
    wait_loaded(page, len(clusters))
    assert page.problems == []


def test_zoom_buttons_and_drag_change_what_is_in_view(page, clusters):
    wait_loaded(page, len(clusters))
    count = lambda: int(page.get_attribute("#map", "data-count"))  # noqa: E731
    for _ in range(6):
        page.click("#zoom-in")
    page.wait_for_timeout(100)
    assert count() < len(clusters)
    page.click("#zoom-fit")
    page.wait_for_function(f'document.getElementById("map").dataset.count === "{len(clusters)}"')
    box = page.locator("#map").bounding_box()
    page.mouse.move(box["x"] + 100, box["y"] + 100)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 10, box["y"] + 100, steps=5)
    page.mouse.up()
    page.wait_for_timeout(100)
    assert count() < len(clusters)
    page.click("#zoom-fit")
    page.wait_for_function(f'document.getElementById("map").dataset.count === "{len(clusters)}"')
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -1500)  # wheel up: zoom in around the cursor
    page.wait_for_timeout(150)
    assert count() < len(clusters)
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(150)
    assert count() == len(clusters)
    page.click("#zoom-fit")
    assert page.problems == []


def test_clicking_a_marker_shows_the_event_with_its_arabic_evidence(page, clusters):
    wait_loaded(page, len(clusters))
    c = strike(clusters)
    x, y = page.evaluate(f"rasadMap.markerAt({c['id']!r})")
    page.mouse.click(x, y)
    page.wait_for_selector(f'#detail[data-id="{c["id"]}"] .evidence')
    evidence = page.locator("#detail .evidence")
    assert evidence.count() == len(c["sources"]) == 2
    for i in range(evidence.count()):
        assert evidence.nth(i).get_attribute("dir") == "rtl"
        assert evidence.nth(i).get_attribute("lang") == "ar"
    texts = set(evidence.all_inner_texts())
    assert texts == {s["evidence"] for s in c["sources"]}
    detail = page.inner_text("#detail")
    assert c["notes"] in detail and c["event_type"] in detail
    for s in c["sources"]:
        assert s["outlet"] in detail
    assert page.locator("#event-list li.selected").get_attribute("data-id") == c["id"]
    # the article can be read in place, with the evidence sentence marked
    first = page.locator("#detail .source").first
    first.locator("button.read").click()
    mark = first.locator(".article mark")
    mark.wait_for()
    assert mark.inner_text() in texts
    assert first.locator(".article").get_attribute("dir") == "rtl"
    assert len(first.locator(".article").inner_text()) > len(mark.inner_text())
    # every event at the clicked place is marked and listed first
    def at(k: dict) -> tuple[float, float] | None:
        lat, lon = k["latitude"], k["longitude"]
        return None if lat is None else (round(lat, 4), round(lon, 4))

    same = {k["id"] for k in clusters if at(k) == at(c)}
    assert len(same) >= 2, "the test store should hold two events at the struck city"
    here = page.locator("#event-list li.here").evaluate_all("els => els.map(e => e.dataset.id)")
    assert set(here) == same
    first = page.locator("#event-list li").evaluate_all(
        f"els => els.slice(0, {len(same)}).map(e => e.dataset.id)"
    )
    assert set(first) == same
    page.click("#detail-close")
    assert page.locator("#detail").is_hidden()
    assert page.problems == []


def test_clicking_a_list_item_shows_its_detail(page, clusters):
    wait_loaded(page, len(clusters))
    other = next(c for c in clusters if c["n_sources"] == 1)
    page.click(f'#event-list li[data-id="{other["id"]}"]')
    page.wait_for_selector(f'#detail[data-id="{other["id"]}"] .evidence')
    assert page.inner_text("#detail .evidence") == other["sources"][0]["evidence"]
    assert page.problems == []


def test_the_api_page_renders_the_openapi_document_offline(page, server):
    docs = page.context.browser.new_page()
    problems: list[str] = []
    docs.on("pageerror", lambda e: problems.append(str(e)))
    docs.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    docs.on("request", lambda r: None if r.url.startswith(server) or r.url.startswith("data:")
            else problems.append(f"request outside the server: {r.url}"))
    try:
        docs.goto(f"{server}/docs")
        docs.wait_for_function("+document.getElementById('api').dataset.routes >= 8")
        text = docs.inner_text("#api")
        for route in ("GET /api/events", "GET /api/events/{event_id}", "POST /api/extract"):
            assert route in text
        assert "evidence" in text  # the Source schema's fields are listed
    finally:
        docs.close()
    assert problems == []
