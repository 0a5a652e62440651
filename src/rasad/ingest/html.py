"""HTML news pages → body text and metadata (trafilatura for the body, our own rules for dates).

trafilatura finds the article body, title, author and site name. Dates are taken only where the
page states them: markup (``<meta>`` article/Dublin Core/schema.org dates, ``<time datetime>``,
JSON-LD ``datePublished``), else a visible byline/date line near the top of the page (read with
``parse_date_line``). A date trafilatura guessed (it can return ``YYYY-01-01`` from a copyright
line or a URL year) is kept only when the page writes that very day somewhere.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from rasad.errors import InputError
from rasad.ingest.scraped import (
    ScrapedPage,
    clean_author,
    header_date,
    parse_date,
    parse_scraped,
    same_title,
)

log = logging.getLogger(__name__)

_LOOKS_LIKE_HTML = regex.compile(
    r"^\s*(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body|meta|title|"
    r"article|main|section|div|p|h[1-6]|span|table|ul|figure|header)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_TAG = regex.compile(
    r"</?(?:p|div|br|span|a|article|section|h[1-6]|li|ul|ol|img|figure|strong|em|b|i|td|tr)\b[^>]*>",
    regex.IGNORECASE,
)
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>", regex.IGNORECASE)
_ISO_DATE = regex.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_JSONLD_DATE = regex.compile(r'"(datePublished|dateCreated|dateModified)"\s*:\s*"([^"]{6,40})"')
_SPACES = regex.compile(r"\s+")
_DIGIT = regex.compile(r"\d")
_SKIP_CLASS = regex.compile(
    r"related|sidebar|widget|comment|menu|navbar|footer|ticker|breaking|most-read|popular|share",
    regex.IGNORECASE,
)

_PUBLISHED_KEYS = frozenset({
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date",
    "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
    "article_date_original", "originalpublicationdate", "cxenseparse:recs:publishtime",
})
_UPDATED_KEYS = frozenset({
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
    "dcterms.modified", "last-modified", "lastmod", "article.updated",
})
_SITE_KEYS = frozenset({"og:site_name", "application-name", "twitter:site", "publisher"})
_TITLE_KEYS = frozenset({"og:title", "twitter:title", "title", "dc.title"})
_AUTHOR_KEYS = frozenset({"author", "article:author", "dc.creator", "sailthru.author",
                          "parsely-author", "byl"})
_NON_CONTENT = ("script", "style", "noscript", "template", "svg", "iframe", "object", "button")
_SKIP_TAGS = frozenset({"nav", "aside", "footer", "form", "select", "option"})
_BLOCK_TAGS = frozenset({
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
    "header", "tr", "td", "th", "dd", "dt", "pre", "br", "figure", "main", "time", "address",
})
_TOP_CHUNKS = 400  # visible text pieces searched for a byline date


@dataclass(frozen=True, slots=True)
class HtmlPage:
    body: str
    title: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    author: str | None = None
    outlet: str | None = None  # the site name (og:site_name, trafilatura) or the text's tag
    caption: str | None = None


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup: starts with an HTML tag, or carries several of them."""
    head = text[:5000]
    return bool(_LOOKS_LIKE_HTML.match(head)) or len(_TAG.findall(head)) >= 3


def parse_date_value(value: str) -> dt.date | None:
    """A date from a markup value: ISO 8601, RFC 2822 (feeds, HTTP), or written Arabic/numeric."""
    value = value.strip()
    if not value:
        return None
    m = _ISO_DATE.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    return parse_date(value)


@lru_cache(maxsize=8)
def _warn_once(message: str) -> None:
    log.warning(message)


@lru_cache(maxsize=1)
def _trafilatura_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # News items can be short (a 3-line wire story); trafilatura's 250-character floor would send
    # them to its baseline extractor, which glues headline, byline and body into one line.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _parse_tree(html: str, source: str) -> Any:
    import lxml.html
    from lxml import etree

    html = _XML_DECL.sub("", html, count=1)
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(
            f"{source} looks like HTML but cannot be parsed ({exc}); "
            "save the page again or give its text"
        ) from exc


def _text(el: Any) -> str:
    return _SPACES.sub(" ", el.text_content() or "").strip()


def _markup(tree: Any) -> dict[str, Any]:
    """Dates, title, author and site name as the page's markup states them."""
    found: dict[str, Any] = {}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if not name or not content:
            continue
        if name in _PUBLISHED_KEYS and "published" not in found:
            found["published"] = parse_date_value(content)
        elif name in _UPDATED_KEYS and "updated" not in found:
            found["updated"] = parse_date_value(content)
        elif name in _SITE_KEYS and "sitename" not in found and not content.startswith("@"):
            found["sitename"] = content
        elif name in _TITLE_KEYS and "title" not in found:
            found["title"] = content
        elif name in _AUTHOR_KEYS and "author" not in found and "://" not in content:
            found["author"] = content
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            for key, value in _JSONLD_DATE.findall(script.text):
                field = "updated" if key == "dateModified" else "published"
                if not found.get(field):
                    found[field] = parse_date_value(value)
    if not found.get("published"):
        for time_el in tree.iter("time"):
            value = time_el.get("datetime") or _text(time_el)
            d = parse_date_value(value) if value else None
            if d:
                found["published"] = d
                break
    if "title" not in found:
        for tag in ("h1", "title"):
            el = next(tree.iter(tag), None)
            if el is not None and _text(el):
                found["title"] = _text(el)
                break
    return {k: v for k, v in found.items() if v}


def _take_captions(tree: Any) -> str | None:
    """Remove photo captions from the tree (they are not body text) and return the first."""
    captions = [el for el in tree.iter("figcaption")]
    captions += [
        el for el in tree.iter("p", "div", "span")
        if "caption" in (el.get("class") or "").lower() and el not in captions
    ]
    first = next((_text(el) for el in captions if _text(el)), None)
    for el in captions:
        if el.getparent() is not None:
            el.drop_tree()
    return first


def _skipped(el: Any) -> bool:
    return el.tag in _SKIP_TAGS or bool(
        _SKIP_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}")
    )


def _visible_chunks(root: Any) -> Iterator[str]:
    """Visible text of the page as block-sized pieces, in reading order, without navigation,
    sidebars and comment widgets."""
    parts: list[str] = []

    def flush() -> Iterator[str]:
        text = _SPACES.sub(" ", "".join(parts)).strip()
        parts.clear()
        if text:
            yield text

    def walk(el: Any) -> Iterator[str]:
        if not isinstance(el.tag, str) or el.tag in _NON_CONTENT or _skipped(el):
            return
        block = el.tag in _BLOCK_TAGS
        if block:
            yield from flush()
        if el.text:
            parts.append(el.text)
        for child in el:
            yield from walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            yield from flush()

    yield from walk(root)
    yield from flush()


def _visible_date(chunks: list[str]) -> dict[str, Any]:
    """Publication date and author from the first byline/date line among the page's visible
    text pieces (navigation, sidebars and related-article lists are already left out)."""
    for chunk in chunks[:_TOP_CHUNKS]:
        if not _DIGIT.search(chunk):
            continue
        dl = header_date(chunk)
        if dl is not None and (dl.published or dl.updated):
            found = {"published": dl.published, "updated": dl.updated, "author": dl.author}
            return {k: v for k, v in found.items() if v}
    return {}


def _supported(d: dt.date, html: str, url: str | None) -> bool:
    """Does the page (or its URL) write the day ``d`` in numeric form?"""
    y, m, day = d.year, d.month, d.day
    forms = {
        f"{y}-{m:02d}-{day:02d}", f"{y}/{m:02d}/{day:02d}", f"{y}{m:02d}{day:02d}",
        f"{day:02d}/{m:02d}/{y}", f"{day:02d}-{m:02d}-{y}", f"{day:02d}.{m:02d}.{y}",
        f"{y}/{m}/{day}", f"{day}/{m}/{y}",
    }
    haystack = f"{url or ''} {html}"
    return any(form in haystack for form in forms)


def _trafilatura(tree: Any, url: str | None) -> Any:
    try:
        import trafilatura
    except ImportError as exc:  # a broken install must not stop HTML reading altogether
        _warn_once(f"trafilatura cannot be imported ({exc}); HTML pages are read from their "
                   "visible text instead (pip install 'trafilatura' 'lxml_html_clean' to fix)")
        return None
    try:
        return trafilatura.bare_extraction(
            tree,
            url=url,
            fast=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=_trafilatura_config(),
        )
    except Exception as exc:  # a third-party parser failing on odd markup must not lose the page
        log.warning("trafilatura failed (%s: %s); using the visible text", type(exc).__name__, exc)
        return None


def read_html(html: str, *, url: str | None = None, source: str = "<input>") -> HtmlPage:
    """Body and metadata of one HTML page. ``body`` may be empty: the caller decides."""
    tree = _parse_tree(html, source)
    markup = _markup(tree)
    caption = _take_captions(tree)
    body_el = tree.find("body")
    chunks = list(_visible_chunks(body_el if body_el is not None else tree))
    visible = _visible_date(chunks) if not markup.get("published") else {}
    extracted = _trafilatura(tree, url)  # mutates the tree: everything we need is read above

    title = markup.get("title")
    author = markup.get("author")
    sitename = markup.get("sitename")
    text = ""
    guessed = None
    if extracted is not None:
        title = extracted.title or title
        author = author or extracted.author
        sitename = sitename or extracted.sitename
        text = extracted.text or ""
        guessed = parse_date_value(extracted.date) if extracted.date else None
    if not text.strip():  # no extractor result: the visible text from the headline on
        start = next((i for i, c in enumerate(chunks[:_TOP_CHUNKS])
                      if title and same_title(c, title)), 0)
        text = "\n".join(chunks[start:])
    page: ScrapedPage = parse_scraped(text, title_hint=title)
    published = markup.get("published") or visible.get("published") or page.published
    if published is None and guessed is not None:
        if _supported(guessed, html, url):
            published = guessed
        else:
            log.debug("dropping unsupported date %s guessed by trafilatura", guessed)
    return HtmlPage(
        body=page.body,
        title=title,
        published=published,
        updated=markup.get("updated") or visible.get("updated") or page.updated,
        author=clean_author(author) if author else (visible.get("author") or page.author),
        outlet=sitename or page.outlet,
        caption=caption or page.caption,
    )
