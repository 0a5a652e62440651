"""Database fixtures: every store test runs on SQLite, and on PostgreSQL when
``RASAD_TEST_POSTGRES_URL`` is set (``scripts/ci_postgres.sh`` starts a server and sets it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL = os.environ.get("RASAD_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


_fresh_schema = False


def reset_postgres(url: str) -> None:
    """Empty every rasad table so each test starts from an empty database.

    The first reset of a test session drops the tables (the schema may come from older code);
    later ones truncate, which is much faster than dropping and creating.
    """
    global _fresh_schema
    from sqlalchemy import create_engine, inspect, text

    from rasad.store.models import Base

    engine = create_engine(url)
    try:
        if not _fresh_schema:
            Base.metadata.drop_all(engine)
            _fresh_schema = True
            return
        with engine.begin() as conn:
            present = set(inspect(conn).get_table_names())
            names = [t.name for t in Base.metadata.sorted_tables if t.name in present]
            if names:
                conn.execute(text(f"TRUNCATE {', '.join(names)} CASCADE"))
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'rasad.db'}"
        return
    assert PG_URL
    reset_postgres(PG_URL)
    yield PG_URL
    reset_postgres(PG_URL)
