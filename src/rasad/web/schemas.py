"""The API's response and request models: what /openapi.json documents and FastAPI validates."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Event(BaseModel):
    """One deduplicated event (a cluster of reports of one happening), in ACLED's fields."""

    id: str = Field(description="rasad's cluster id; use it with /api/events/{id}")
    event_id_cnty: str = Field(description="ACLED-style id: ISO3 + digest of the cluster id")
    event_date: str | None = Field(None, description="YYYY-MM-DD")
    year: int | None = None
    time_precision: int | None = None
    disorder_type: str | None = None
    event_type: str
    sub_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: str | None = None
    civilian_targeting: str | None = None
    iso: int | None = None
    region: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = Field(None, description="the reporting outlets, '; '-separated")
    notes: str | None = None
    fatalities: int = Field(0, description="0 when no source gave a figure (ACLED's coding)")
    certainty: str | None = None
    claimed_by: str | None = None
    confidence: float | None = None
    n_sources: int = Field(description="articles that report this event")


class Source(BaseModel):
    """One article's own report of an event, with the sentence that states it."""

    event_id: str
    article_id: str
    source_id: str | None = Field(None, description="the input's own id (docno, record id)")
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    event_date: str | None = None
    sub_event_type: str | None = None
    location: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    claimed_by: str | None = None
    certainty: str | None = None
    evidence: str | None = Field(None, description="the trigger sentence, as the article wrote it")
    notes: str | None = None


class EventDetail(Event):
    sources: list[Source]


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters, over all pages")
    limit: int
    offset: int
    items: list[Event]


class ArticleEvent(BaseModel):
    event_id: str
    cluster_id: str | None
    event_type: str
    event_date: str | None = None
    location: str | None = None


class Article(BaseModel):
    """A stored article: its metadata, clean text and the extraction JSON (DESIGN.md)."""

    id: str
    status: str = Field(description="pending | done | quarantined")
    source_kind: str
    source_ref: str
    source_id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    text: str | None = None
    n_events: int | None = None
    events: list[ArticleEvent]
    extraction: dict[str, Any] | None = None


class Count(BaseModel):
    key: str | None
    events: int
    fatalities: int


class Stats(BaseModel):
    events: int = Field(description="deduplicated events matching the filters")
    fatalities: int
    reports: int = Field(description="article reports supporting those events")
    articles: int = Field(description="articles stored (whatever the filters)")
    by_country: list[Count]
    by_event_type: list[Count]
    by_month: list[Count] = Field(description="key: YYYY-MM, in order")
    first_date: str | None = None
    last_date: str | None = None


class CountryPoint(BaseModel):
    iso2: str
    name: str | None
    name_ar: str
    lat: float
    lon: float


class Admin1Point(BaseModel):
    """A governorate's capital (or its own point when it has none), for labels on the map."""

    country: str
    admin1: str
    admin1_ar: str
    name: str
    name_ar: str
    lat: float
    lon: float
    capital: bool = Field(description="True: the governorate's capital city")


class Reference(BaseModel):
    event_types: list[str] = Field(description="ACLED's six event types, in ACLED's order")
    countries: list[CountryPoint]
    admin1: list[Admin1Point]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    database: str = Field(description="the database URL without its password")
    schema_version: int
    events: int


class ExtractRequest(BaseModel):
    text: str | None = Field(None, description="the article as plain or scraped text")
    html: str | None = Field(None, description="the article page as HTML")
    published: str | None = Field(
        None, description="YYYY-MM-DD, used when the page carries none; relative dates use it"
    )
    outlet: str | None = Field(None, description="outlet name, when the page does not name one")
    layers: bool = Field(False, description="also return the text layers")


class Extraction(BaseModel):
    """The extraction JSON contract (DESIGN.md): every field traceable to a text span."""

    article: dict[str, Any] = Field(description="id, title, published, outlet, ..., text")
    places: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    events: list[dict[str, Any]] = Field(description="ACLED-coded events with their evidence")
    claims: list[dict[str, Any]]
    layers: dict[str, list[dict[str, Any]]] | None = Field(
        None, description="the text layers, when asked for"
    )


class Geometry(BaseModel):
    type: Literal["Point"]
    coordinates: list[float] = Field(description="[longitude, latitude] (RFC 7946)")


class Feature(BaseModel):
    type: Literal["Feature"]
    id: str
    geometry: Geometry | None
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    numberMatched: int = Field(description="events matching the filters")
    numberReturned: int
    features: list[Feature]


class Problem(BaseModel):
    detail: str
