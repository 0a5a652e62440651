"""``create_app(db_url)``: the JSON API (OpenAPI at /openapi.json, read at /docs) and the map.

The API only reads the store; ``POST /api/extract`` runs the pipeline on a posted article and
stores nothing. Errors are JSON ``{"detail": "..."}`` with the value, the rule and the fix:
422 for a bad parameter or article, 404 for an unknown id, 503 when the database fails, 500
(with the traceback in the server log only) for a bug.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from rasad import __version__
from rasad.errors import ConfigError, InputError, RasadError, StorageError
from rasad.store.db import Store, normalize_url
from rasad.web import queries, schemas

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
MAX_PAGE = 1000  # events per page of /api/events
MAX_FEATURES = 100_000  # features per /api/events.geojson response

_NOT_FOUND = {404: {"model": schemas.Problem, "description": "no such id"}}
_BAD_PARAMS = {422: {"model": schemas.Problem, "description": "a parameter is invalid"}}


def open_store(db_url: str | Path | None) -> Store:
    """Open an existing rasad database for reading. Unlike ``Store.open`` this never creates
    a SQLite file: a missing file is a StorageError that says how to make one."""
    url = normalize_url(db_url)
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if not path or path == ":memory:" or path.startswith("file:"):
            raise ConfigError(
                f"database URL {url!r} names no file; serve an ingested database, e.g. "
                "--db sqlite:///rasad.db"
            )
        if not Path(path).is_file():  # as SQLite reads it: no ~ expansion
            raise StorageError(
                f"database file {path} does not exist; create it with `rasad ingest SOURCE... "
                f"--db {url}` or give the right --db"
            )
    return Store.open(url, create=False)


def _problem(status: int, message: str) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=status)


# -- the shared filter parameters (the same as `rasad export`, plus bbox) ---------------------

def event_query(
    since: Annotated[
        str | None, Query(description="only events on or after this date (YYYY-MM-DD)")
    ] = None,
    until: Annotated[
        str | None, Query(description="only events on or before this date (YYYY-MM-DD)")
    ] = None,
    country: Annotated[
        list[str] | None, Query(description="country name or ISO code; repeatable (any of)")
    ] = None,
    admin1: Annotated[
        list[str] | None, Query(description="governorate/province (ACLED spelling); repeatable")
    ] = None,
    event_type: Annotated[
        list[str] | None, Query(description="ACLED event type, e.g. Battles; repeatable")
    ] = None,
    actor: Annotated[
        list[str] | None, Query(description="text contained in an actor's name; repeatable")
    ] = None,
    bbox: Annotated[
        str | None,
        Query(description="west,south,east,north in degrees: only events located inside"),
    ] = None,
) -> queries.Query:
    return queries.build_query(
        since=since, until=until, country=country or (), admin1=admin1 or (),
        event_type=event_type or (), actor=actor or (), bbox=bbox,
    )


Filters = Annotated[queries.Query, Depends(event_query)]
PageLimit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="events per page")]
FeatureLimit = Annotated[int, Query(ge=1, le=MAX_FEATURES, description="features per response")]
Offset = Annotated[int, Query(ge=0, description="events to skip")]


def _describe(error: dict[str, Any]) -> str:
    """A validation error → "query parameter limit='0': Input should be ...". """
    loc = [str(p) for p in error.get("loc", ())]
    where = {"query": "query parameter", "path": "path parameter", "body": "body field"}
    what = f"{where.get(loc[0], loc[0])} {'.'.join(loc[1:])}".strip() if loc else "request"
    got = f"={error['input']!r}" if "input" in error and loc and loc[0] != "body" else ""
    return f"{what}{got}: {error.get('msg', 'invalid')}"


def _warm_reference() -> None:
    from rasad.web.reference import reference

    try:
        reference()
    except Exception:  # the endpoint reports it to the client; here it is only logged
        log.exception("cannot build the map's reference layer")


def _public(event: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in event.items() if not k.startswith("_")}


def create_app(db_url: str | Path | None = None, *, store: Store | None = None) -> FastAPI:
    """The FastAPI application over the database at ``db_url`` (or an open ``store``).

    Raises ConfigError/StorageError at once when the database cannot be opened, so a server
    never starts on a wrong URL."""
    from rasad.export.formats import geojson_feature, json_default

    db = store or open_store(db_url)
    extract_lock = threading.Lock()  # the pipeline is built once and run one article at a time

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # build the map's reference layer (the place index) while the first page loads
        threading.Thread(target=_warm_reference, name="rasad-reference", daemon=True).start()
        yield
        if store is None:  # ours to close
            db.close()

    app = FastAPI(
        title="rasad",
        version=__version__,
        summary="Arabic conflict reporting → ACLED-style, geolocated, source-attributed events.",
        description="Read-only access to a rasad event store (deduplicated events, their "
        "sources and evidence, the articles and their extraction), plus extraction of a "
        "posted article. The map is at `/`.",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's docs pages load scripts from a CDN; rasad's own is offline
        redoc_url=None,
    )
    app.state.store = db

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # one readable line in "detail" (like every other error), the structured list beside it
        errors = exc.errors()
        return JSONResponse(
            {"detail": "; ".join(_describe(e) for e in errors),
             "errors": json.loads(json.dumps(errors, default=str))},
            status_code=422,
        )

    @app.exception_handler(ConfigError)
    @app.exception_handler(InputError)
    async def _bad_input(_request: Request, exc: RasadError) -> JSONResponse:
        return _problem(422, str(exc))

    @app.exception_handler(StorageError)
    async def _storage(_request: Request, exc: StorageError) -> JSONResponse:
        log.error("database error: %s", exc)
        return _problem(503, str(exc))

    @app.exception_handler(RasadError)
    async def _rasad(_request: Request, exc: RasadError) -> JSONResponse:
        return _problem(400, str(exc))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        # a bug: the traceback goes to the server log, the client gets one JSON line
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return _problem(
            500, f"internal error in rasad ({type(exc).__name__}: {exc}); the server log has "
            "the details: please report it",
        )

    @app.get("/api/health", response_model=schemas.Health, tags=["meta"])
    def health() -> dict[str, Any]:
        """The server is up and its database answers."""
        from sqlalchemy import func, select
        from sqlalchemy.exc import SQLAlchemyError

        from rasad.store.db import current_version
        from rasad.store.models import EventCluster

        try:
            with db.engine.connect() as conn:
                version = current_version(conn) or 0
                events = conn.execute(select(func.count()).select_from(EventCluster)).scalar_one()
        except SQLAlchemyError as exc:
            raise StorageError(f"database does not answer: {exc}") from exc
        return {
            "status": "ok", "version": __version__, "schema_version": version, "events": events,
            "database": db.engine.url.render_as_string(hide_password=True),
        }

    @app.get("/api/events", response_model=schemas.EventPage, responses=_BAD_PARAMS,
             tags=["events"])
    def list_events(
        q: Filters,
        limit: PageLimit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Deduplicated events matching the filters, by date, one page at a time."""
        total, events = queries.page_events(db, q, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset,
                "items": [_public(e) for e in events]}

    @app.get(
        "/api/events.geojson",
        response_class=Response,
        responses={
            200: {"model": schemas.FeatureCollection,
                  "content": {"application/geo+json": {}},
                  "description": "RFC 7946 FeatureCollection; unlocated events: null geometry"},
            **_BAD_PARAMS,
        },
        tags=["events"],
    )
    def events_geojson(
        q: Filters,
        limit: FeatureLimit = 10_000,
        offset: Offset = 0,
    ) -> Response:
        """The same events as a GeoJSON FeatureCollection, as `rasad export -f geojson` writes
        them (ACLED fields and every source as properties)."""
        total, events = queries.page_events(
            db, q, limit=limit, offset=offset, with_sources=True
        )
        body = {
            "type": "FeatureCollection",
            "numberMatched": total,
            "numberReturned": len(events),
            "features": [geojson_feature(e["_cluster"]) for e in events],
        }
        return Response(
            json.dumps(body, ensure_ascii=False, default=json_default),
            media_type="application/geo+json",
        )

    @app.get("/api/events/{event_id}", response_model=schemas.EventDetail,
             responses=_NOT_FOUND, tags=["events"])
    def get_event(event_id: str) -> dict[str, Any]:
        """One deduplicated event with every source that reports it and its evidence."""
        event = queries.get_event(db, event_id)
        if event is None:
            raise HTTPException(404, f"no event with id {event_id!r}; ids come from /api/events")
        return _public(event)

    @app.get("/api/articles/{article_id}", response_model=schemas.Article,
             responses=_NOT_FOUND, tags=["articles"])
    def get_article(article_id: str) -> dict[str, Any]:
        """A stored article: metadata, clean text, its events and the extraction JSON."""
        article = queries.get_article(db, article_id)
        if article is None:
            raise HTTPException(
                404, f"no article with id {article_id!r}; article ids are the SHA-256 of the "
                "input, listed in each event's sources",
            )
        return article

    @app.get("/api/stats", response_model=schemas.Stats, responses=_BAD_PARAMS,
             tags=["events"])
    def get_stats(q: Filters) -> dict[str, Any]:
        """Counts of the matching events by country, event type and month."""
        return queries.stats(db, q)

    @app.get("/api/reference", response_model=schemas.Reference, tags=["meta"])
    def get_reference() -> dict[str, Any]:
        """Map context from rasad's gazetteer: event types, countries, governorate capitals."""
        from rasad.web.reference import reference

        return reference()

    @app.post("/api/extract", response_model=schemas.Extraction, responses=_BAD_PARAMS,
              tags=["extract"])
    def extract(body: schemas.ExtractRequest) -> dict[str, Any]:
        """Extract one posted article (text or HTML) into the extraction JSON (DESIGN.md);
        nothing is stored."""
        from rasad.ingest import read_article
        from rasad.output import to_json
        from rasad.pipeline import run

        given = [k for k in ("text", "html") if getattr(body, k) is not None]
        if len(given) != 1:
            raise HTTPException(
                422, "give the article as exactly one of \"text\" or \"html\" "
                f"(got {' and '.join(given) or 'neither'})",
            )
        published = queries.parse_date(body.published, "published")
        data = body.text if body.text is not None else body.html
        assert data is not None
        doc = read_article(
            data, published=published, outlet=body.outlet, fmt=given[0], source="the article"
        )
        with extract_lock:
            doc = run(doc)
        return to_json(doc, include_layers=body.layers)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "api.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app

