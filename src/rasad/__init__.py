"""rasad — Arabic conflict reporting to ACLED-style event data, offline.

``import rasad`` stays light: the pipeline, gazetteer and optional back-ends load on first use.

>>> import rasad
>>> result = rasad.extract("...", published="2018-05-21")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract"]

if TYPE_CHECKING:
    import datetime as _dt


def extract(
    text_or_html: str | bytes,
    published: str | _dt.date | None = None,
    *,
    outlet: str | None = None,
    article_id: str | None = None,
) -> dict[str, Any]:
    """Extract one article (plain text, scraped page or HTML) into the extraction JSON dict."""
    from rasad.pipeline import extract as _extract

    return _extract(text_or_html, published=published, outlet=outlet, article_id=article_id)
