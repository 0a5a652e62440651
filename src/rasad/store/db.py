"""Opening the event store: URL rules, SQLite settings, schema creation and migrations.

A database URL is a SQLAlchemy URL. ``sqlite:///rasad.db`` (the default) needs no server; a bare
file path is taken as a SQLite file. ``postgresql://...`` is read as ``postgresql+psycopg://...``
(psycopg 3). SQLite files run in WAL mode so readers (``rasad serve``) never block the writer.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasad.errors import ConfigError, StorageError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///rasad.db"

# The schema version this code writes. Bump it and add a migration when the models change.
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Migration:
    version: int  # the version the database has after this step
    description: str
    apply: Callable[[Connection], None]


def _initial_schema(conn: Connection) -> None:
    from rasad.store.models import Base

    Base.metadata.create_all(conn)


# Step N brings a database from version N-1 to N. A fresh database is created at the current
# version directly (create_all) and stamped with every step, so only upgrades run these.
MIGRATIONS: tuple[Migration, ...] = (Migration(1, "initial schema", _initial_schema),)


def normalize_url(url: str | Path | None) -> str:
    """The SQLAlchemy URL for a user-given database location."""
    if url is None or str(url).strip() == "":
        return DEFAULT_URL
    text = str(url).strip()
    if "://" not in text:  # a plain path: a SQLite file
        return f"sqlite:///{text}"
    scheme, _, rest = text.partition("://")
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    if scheme == "postgresql+psycopg2":
        raise ConfigError(
            f"database URL {text!r} asks for psycopg2; rasad uses psycopg 3: "
            f"write postgresql+psycopg://{rest}"
        )
    if scheme.split("+")[0] not in ("sqlite", "postgresql"):
        raise ConfigError(
            f"database URL {text!r} uses {scheme!r}; rasad supports sqlite:///FILE (default) "
            "and postgresql+psycopg://USER:PASSWORD@HOST/DB"
        )
    return text


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # durable at each WAL checkpoint; safe with WAL
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # Arabic kept readable, not as \u escapes


def create_engine_for(url: str | Path | None) -> Engine:
    """An engine for ``url`` with rasad's settings; ConfigError/StorageError say what to fix."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    norm = normalize_url(url)
    try:
        if norm.startswith("sqlite"):
            path = norm.split(":///", 1)[1] if ":///" in norm else ""
            if path and path != ":memory:" and not path.startswith("file:"):
                parent = Path(path).expanduser().resolve().parent
                if not parent.is_dir():
                    raise ConfigError(
                        f"database folder {parent} does not exist; create it or give another "
                        f"--db path (got {norm!r})"
                    )
            engine = create_engine(norm, json_serializer=_json_dumps)
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(norm, pool_pre_ping=True, json_serializer=_json_dumps)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise ConfigError(
            f"cannot use database URL {norm!r}: {exc}; for PostgreSQL install the extra "
            "(pip install 'rasad[postgres]') and write postgresql+psycopg://USER:PW@HOST/DB"
        ) from exc
    return engine


def current_version(conn: Connection) -> int | None:
    """The database's schema version, or None for an empty database."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("schema_version"):
        return None
    return conn.execute(text("SELECT MAX(version) FROM schema_version")).scalar() or 0


def migrate(engine: Engine, *, target: int = SCHEMA_VERSION) -> int:
    """Create or upgrade the schema to ``target``; returns the version before (0 = new)."""
    from sqlalchemy import inspect

    from rasad.store.models import Base, SchemaVersion, utcnow

    with engine.begin() as conn:
        before = current_version(conn)
        if before is None:
            if inspect(conn).get_table_names():
                raise StorageError(
                    f"database {engine.url.render_as_string(hide_password=True)} has tables but "
                    "no schema_version table: it is not a rasad database; give another --db"
                )
            Base.metadata.create_all(conn)
            conn.execute(
                SchemaVersion.__table__.insert(),
                [
                    {"version": m.version, "description": m.description, "applied_at": utcnow()}
                    for m in MIGRATIONS
                    if m.version <= target
                ],
            )
            return 0
    if before > target:
        raise StorageError(
            f"database schema version {before} is newer than this rasad supports ({target}); "
            "upgrade rasad (pip install -U rasad) or use another --db"
        )
    for step in MIGRATIONS:
        if before < step.version <= target:
            log.info("migrating database to schema version %d: %s", step.version, step.description)
            with engine.begin() as conn:  # one transaction per step: a failed step leaves N-1
                step.apply(conn)
                conn.execute(
                    SchemaVersion.__table__.insert(),
                    {"version": step.version, "description": step.description,
                     "applied_at": utcnow()},
                )
    return before


class Store:
    """An open event store. Create with ``Store.open(url)``; close with ``close()``."""

    def __init__(self, engine: Engine) -> None:
        from sqlalchemy.orm import sessionmaker

        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | Path | None = None, *, create: bool = True) -> Store:
        """Open (and create or migrate, unless ``create`` is False) the database at ``url``."""
        from sqlalchemy.exc import OperationalError, SQLAlchemyError

        engine = create_engine_for(url)
        safe_url = engine.url.render_as_string(hide_password=True)
        try:
            if create:
                migrate(engine)
            else:
                with engine.connect() as conn:
                    version = current_version(conn)
                if version is None:
                    raise StorageError(
                        f"database {safe_url} holds no rasad data; run `rasad ingest ... --db "
                        f"{safe_url}` first"
                    )
                if version != SCHEMA_VERSION:
                    raise StorageError(
                        f"database {safe_url} has schema version {version}, this rasad reads "
                        f"{SCHEMA_VERSION}; run `rasad ingest --db {safe_url}` to migrate it"
                    )
        except OperationalError as exc:
            engine.dispose()
            raise StorageError(
                f"cannot open database {safe_url}: {exc.orig}; check that the file is writable "
                "or that the server is running and the credentials are right"
            ) from exc
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StorageError(f"cannot prepare database {safe_url}: {exc}") from exc
        except Exception:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        from sqlalchemy.exc import SQLAlchemyError

        with self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except SQLAlchemyError as exc:
                raise StorageError(
                    f"database write failed: {exc}; the transaction was rolled back and the "
                    "database is unchanged; rerun the command to resume"
                ) from exc

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        from sqlalchemy import func, select

        from rasad.store.models import TABLES

        with self.session() as s:
            return {
                m.__tablename__: s.execute(select(func.count()).select_from(m)).scalar_one()
                for m in TABLES
            }

    def snapshot(self, *, skip_columns: frozenset[str] | None = None) -> dict[str, list[tuple]]:
        """Every table's rows, sorted, without the wall-clock columns: for comparing databases."""
        from sqlalchemy import select

        from rasad.store.models import TABLES, VOLATILE_COLUMNS

        skip = VOLATILE_COLUMNS if skip_columns is None else skip_columns
        out: dict[str, list[tuple]] = {}
        with self.engine.connect() as conn:
            for model in TABLES:
                cols = [c for c in model.__table__.columns if c.name not in skip]
                rows = conn.execute(select(*cols)).all()
                out[model.__tablename__] = sorted(
                    (tuple(r) for r in rows), key=lambda r: tuple(map(repr, r))
                )
        return out

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
