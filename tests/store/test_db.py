"""Opening the store: URLs, SQLite settings, schema versions and migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from rasad.errors import ConfigError, StorageError
from rasad.store import db as store_db
from rasad.store.db import Migration, Store, migrate, normalize_url
from rasad.store.models import TABLES


@pytest.mark.parametrize(
    "given,expected",
    [
        (None, "sqlite:///rasad.db"),
        ("events.db", "sqlite:///events.db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
        ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgres://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgresql+psycopg://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ],
)
def test_normalize_url(given, expected):
    assert normalize_url(given) == expected


@pytest.mark.parametrize("bad", ["mysql://u@h/db", "postgresql+psycopg2://u@h/db"])
def test_unsupported_urls_are_config_errors_saying_what_to_write(bad):
    with pytest.raises(ConfigError, match="postgresql\\+psycopg://"):
        normalize_url(bad)


def test_sqlite_in_a_missing_folder_is_a_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="does not exist"):
        Store.open(f"sqlite:///{tmp_path}/no/such/dir/r.db")


def test_new_database_has_every_table_and_the_current_schema_version(db_url):
    with Store.open(db_url) as store:
        names = set(inspect(store.engine).get_table_names())
        assert {m.__tablename__ for m in TABLES} <= names
        with store.engine.connect() as conn:
            assert store_db.current_version(conn) == store_db.SCHEMA_VERSION
        assert store.counts()["articles"] == 0


def test_sqlite_store_runs_in_wal_mode_with_foreign_keys(tmp_path: Path):
    with Store.open(f"sqlite:///{tmp_path / 'w.db'}") as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_reopening_does_not_migrate_or_lose_data(db_url):
    with Store.open(db_url) as store, store.session() as s:
        s.execute(text("INSERT INTO actors (canonical, inter) VALUES ('Civilians (Syria)', 7)"))
    with Store.open(db_url) as store:
        assert store.counts()["actors"] == 1
        assert store.counts()["schema_version"] == len(store_db.MIGRATIONS)


def test_open_without_create_refuses_an_empty_database(tmp_path: Path):
    with pytest.raises(StorageError, match="rasad ingest"):
        Store.open(f"sqlite:///{tmp_path / 'empty.db'}", create=False)


def test_a_newer_schema_is_refused_with_upgrade_advice(db_url):
    with Store.open(db_url) as store, store.session() as s:
        s.execute(text("INSERT INTO schema_version (version, description, applied_at) "
                       "VALUES (99, 'future', CURRENT_TIMESTAMP)"))
    with pytest.raises(StorageError, match="upgrade rasad"):
        Store.open(db_url)


def test_a_database_that_is_not_rasads_is_refused(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'other.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id INTEGER)"))
    engine.dispose()
    with pytest.raises(StorageError, match="not a rasad database"):
        Store.open(url)


def test_older_database_is_migrated_step_by_step(db_url, monkeypatch):
    with Store.open(db_url):
        pass  # version 1

    def add_column(conn):
        conn.execute(text("ALTER TABLE articles ADD COLUMN language VARCHAR(8)"))

    steps = (*store_db.MIGRATIONS, Migration(2, "articles.language", add_column))
    monkeypatch.setattr(store_db, "MIGRATIONS", steps)
    engine = store_db.create_engine_for(db_url)
    try:
        assert migrate(engine, target=2) == 1
        cols = {c["name"] for c in inspect(engine).get_columns("articles")}
        assert "language" in cols
        with engine.connect() as conn:
            assert store_db.current_version(conn) == 2
        assert migrate(engine, target=2) == 2  # nothing left to do
    finally:
        with engine.begin() as conn:  # leave the PostgreSQL schema as the models define it
            conn.execute(text("ALTER TABLE articles DROP COLUMN language"))
            conn.execute(text("DELETE FROM schema_version WHERE version = 2"))
        engine.dispose()


def test_bad_server_is_a_storage_error_not_a_traceback():
    with pytest.raises(StorageError, match="cannot open database"):
        Store.open("postgresql+psycopg://nobody:pw@127.0.0.1:1/none?connect_timeout=2")
