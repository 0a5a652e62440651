"""The event store: SQLAlchemy models, SQLite (default) or PostgreSQL, and the ingest engine.

>>> from rasad.store import Store, ingest            # doctest: +SKIP
>>> with Store.open("sqlite:///rasad.db") as store:  # doctest: +SKIP
...     report = ingest(["news/"], store=store)
"""

from rasad.store.db import DEFAULT_URL, SCHEMA_VERSION, Store, normalize_url
from rasad.store.loader import IngestReport, Progress, ingest
from rasad.store.query import EventFilter, iter_clusters

__all__ = [
    "DEFAULT_URL",
    "SCHEMA_VERSION",
    "EventFilter",
    "IngestReport",
    "Progress",
    "Store",
    "ingest",
    "iter_clusters",
    "normalize_url",
]
