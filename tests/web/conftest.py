"""A small event store filled by the real ingest from the Arabic items in ``articles.py``."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store.backends import BACKENDS, PG_URL, reset_postgres
from tests.web.articles import ARTICLES, write_jsonl

WEB_EXTRA = "the web extra (fastapi, uvicorn) is not installed: pip install 'rasad[web]'"


@pytest.fixture(scope="session")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    from rasad.store import Store, ingest

    folder = tmp_path_factory.mktemp("webdb")
    url = f"sqlite:///{folder / 'events.db'}"
    with Store.open(url) as store:
        report = ingest([write_jsonl(folder)], store=store)
    assert report.processed == len(ARTICLES) and report.quarantined == 0, report
    return url


@pytest.fixture(scope="session", params=BACKENDS)
def api_url(request: pytest.FixtureRequest, db_url: str, tmp_path_factory) -> str:
    """The API tests' database: the SQLite store, and the same articles in PostgreSQL when
    RASAD_TEST_POSTGRES_URL is set."""
    if request.param == "sqlite":
        return db_url
    from rasad.store import Store, ingest

    assert PG_URL is not None
    reset_postgres(PG_URL)
    with Store.open(PG_URL) as store:
        report = ingest([write_jsonl(tmp_path_factory.mktemp("pg"))], store=store)
    assert report.processed == len(ARTICLES) and report.quarantined == 0, report
    return PG_URL


@pytest.fixture(scope="session")
def client(api_url: str) -> Iterator[object]:
    pytest.importorskip("fastapi", reason=WEB_EXTRA)
    with warnings.catch_warnings():  # starlette's notice about httpx vs httpx2 in its test client
        warnings.filterwarnings("ignore", message=".*httpx.*")
        from fastapi.testclient import TestClient

    from rasad.web.app import create_app

    with TestClient(create_app(api_url)) as c:
        yield c


def read_clusters(url: str) -> list[dict]:
    """What the store holds, read through the store's own API (the truth the API must match)."""
    from rasad.store import Store, iter_clusters

    with Store.open(url, create=False) as store:
        return list(iter_clusters(store))


@pytest.fixture(scope="session")
def clusters(api_url: str) -> list[dict]:
    return read_clusters(api_url)


@pytest.fixture(scope="session")
def sqlite_clusters(db_url: str) -> list[dict]:
    return read_clusters(db_url)


def strike(clusters: list[dict]) -> dict:
    """The air strike on Idlib that both outlets reported."""
    found = [c for c in clusters if c["n_sources"] == 2]
    assert len(found) == 1, [(c["event_type"], c["location"], c["n_sources"]) for c in clusters]
    return found[0]


def path_of(url: str) -> Path:
    return Path(url.split(":///", 1)[1])
