"""Corpus sources → raw article items: folders, JSON/JSONL (plain, .gz, .xz, .bz2), WARC, feeds.

A ``SourceItem`` is one article's raw bytes exactly as they will be stored (and hashed into the
article id), where they came from, and how to read them. Nothing here runs the pipeline:
``to_document`` turns an item into a ``Document`` with the article reader, in whichever process
does the extraction.

- ``.txt`` / ``.html`` / ``.htm`` files: the file bytes.
- ``.json``: one record (the file bytes) or a list of records (each re-serialised canonically).
- ``.jsonl``: one record a line (the line's bytes). Records use ``text`` or ``html`` and, when
  present, ``id``, ``published``, ``outlet``, ``title``, ``url``, ``author``; common other names
  (``docno``, ``content``, ``src``, ``source``, ``time``, ``date``, ``pubDate``...) are understood.
- ``.warc`` / ``.warc.gz``: HTML response (and resource) records with status 200.
- ``.rss`` / ``.atom`` / ``.xml`` feeds: each item with its text (content, else summary), link and
  date, serialised canonically as a JSON record.

A part of a source that cannot be read at all (a truncated archive, an unparsable feed) becomes a
``SourceProblem`` so the caller can quarantine it and go on.
"""

from __future__ import annotations

import bz2
import datetime as dt
import email.utils
import gzip
import json
import logging
import lzma
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from rasad.document import content_id
from rasad.errors import ConfigError, InputError

if TYPE_CHECKING:
    from rasad.document import Document

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}
FEED_SUFFIXES = (".rss", ".atom", ".xml")
_COMPRESSED = {".gz": gzip.open, ".xz": lzma.open, ".bz2": bz2.open}

# Record field names, in order of preference, for each article attribute.
ID_KEYS = ("id", "docno", "doc_id", "guid", "blob")
TEXT_KEYS = ("text", "body", "content", "maintext", "article")
HTML_KEYS = ("html", "raw_html", "content_html")
DATE_KEYS = ("published", "date", "pubDate", "pub_date", "published_at", "date_published",
             "time", "datetime", "date_extracted")
OUTLET_KEYS = ("outlet", "source", "src", "site", "publisher", "feed")
URL_KEYS = ("url", "link", "uri")


@dataclass(frozen=True, slots=True)
class SourceItem:
    raw: bytes  # exactly what is stored and hashed
    ref: str  # where it was read: "path", "path#line=12", "path#record=1234", "path#item=3"
    kind: str  # how to read ``raw``: "text" | "html" | "json"
    url: str | None = None  # from the container (WARC target URI)
    published: str | None = None  # fallback date from the container (WARC date), YYYY-MM-DD
    article_id: str = field(init=False)  # sha256 of ``raw``: the article's id in the store

    def __post_init__(self) -> None:
        object.__setattr__(self, "article_id", content_id(self.raw))


@dataclass(frozen=True, slots=True)
class SourceProblem:
    ref: str
    error: str


@dataclass(frozen=True, slots=True)
class RecordFields:
    id: str | None
    text: str | None
    html: str | None
    published: dt.date | None
    outlet: str | None
    title: str | None
    url: str | None
    author: str | None


def _kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in _COMPRESSED:
        if name.endswith(".jsonl" + suffix) or name.endswith(".ndjson" + suffix):
            return "jsonl"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".json"):
        return "json"
    if name.endswith(FEED_SUFFIXES):
        return "feed"
    return ARTICLE_SUFFIXES.get(path.suffix.lower())


def _sniff(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(512)
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        with gzip.open(path, "rb") as gz:
            if gz.read(5) == b"WARC/":
                return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"<?xml") and (b"<rss" in head.lower() or b"<feed" in head.lower()):
        return "feed"
    if stripped.startswith((b"<rss", b"<feed")):
        return "feed"
    if stripped.startswith(b"<"):
        return "html"
    return "text"


def expand_paths(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Every input file with its kind, folders walked recursively in sorted order.

    Raises ConfigError for a path that does not exist (before anything is read).
    """
    out: list[tuple[Path, str]] = []
    for given in paths:
        path = Path(given).expanduser()
        if not path.exists():
            raise ConfigError(
                f"source {str(given)!r} does not exist; give folders or .txt/.html/.json/"
                ".jsonl[.gz|.xz]/.warc[.gz]/.rss/.atom files"
            )
        if path.is_dir():
            for f in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = f.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                kind = _kind_of(f)
                if kind is None:
                    log.info("skipping %s: not an article, JSONL, WARC or feed file", f)
                    continue
                out.append((f, kind))
        else:
            out.append((path, _kind_of(path) or _sniff(path)))
    return out


def _open_binary(path: Path) -> IO[bytes]:
    opener = _COMPRESSED.get(path.suffix.lower())
    return opener(path, "rb") if opener else path.open("rb")


def _iter_jsonl(path: Path) -> Iterator[SourceItem | SourceProblem]:
    try:
        with _open_binary(path) as fh:
            for n, line in enumerate(fh, 1):
                raw = line.strip()
                if raw:
                    yield SourceItem(raw, f"{path}#line={n}", "json")
    except (OSError, EOFError, lzma.LZMAError) as exc:
        yield SourceProblem(str(path), f"cannot read {path}: {exc}; the file is truncated or "
                            "corrupt; items before the damage were read")


def _canonical(record: Mapping[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")


def _iter_json(path: Path) -> Iterator[SourceItem | SourceProblem]:
    data = path.read_bytes()
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        yield SourceItem(data, str(path), "json")  # stored as is; reading it will quarantine it
        return
    if isinstance(obj, list):
        for i, rec in enumerate(obj):
            yield SourceItem(_canonical(rec) if isinstance(rec, dict) else json.dumps(rec).encode(),
                             f"{path}#item={i}", "json")
    else:
        yield SourceItem(data, str(path), "json")


def _http_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _iter_warc(path: Path) -> Iterator[SourceItem | SourceProblem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as fh:
            it = ArchiveIterator(fh)
            for record in it:
                if record.rec_type not in ("response", "resource"):
                    continue
                if record.rec_type == "response":
                    if record.http_headers is None:
                        continue
                    status = record.http_headers.get_statuscode()
                    ctype = record.http_headers.get_header("Content-Type") or ""
                    if status != "200":
                        continue
                else:
                    status = "200"
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                raw = record.content_stream().read()
                yield SourceItem(
                    raw,
                    f"{path}#record={it.get_record_offset()}",
                    "html",
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    published=_http_date(record.rec_headers.get_header("WARC-Date")),
                )
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield SourceProblem(str(path), f"cannot read WARC {path}: {exc}; the file is truncated "
                            "or not a WARC; records before the damage were read")


def _struct_date(value: time.struct_time | None) -> str | None:
    if not value:
        return None
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()


def _iter_feed(path: Path) -> Iterator[SourceItem | SourceProblem]:
    import feedparser

    parsed = feedparser.parse(path.read_bytes())
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no items"
        yield SourceProblem(str(path), f"feed {path} has no readable items ({reason}); "
                            "give an RSS 2.0 or Atom file")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(parsed.entries):
        content = entry.get("content") or []
        html = (content[0].get("value") if content else None) or entry.get("summary") or ""
        record = {
            "id": entry.get("id") or entry.get("link"),
            "title": entry.get("title"),
            "url": entry.get("link"),
            "published": _struct_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            "author": entry.get("author"),
            "outlet": outlet,
            "html": html,
        }
        yield SourceItem(_canonical(record), f"{path}#item={i}", "json", url=entry.get("link"))


def _iter_file(path: Path, kind: str) -> Iterator[SourceItem | SourceProblem]:
    if kind == "jsonl":
        yield from _iter_jsonl(path)
    elif kind == "json":
        yield from _iter_json(path)
    elif kind == "warc":
        yield from _iter_warc(path)
    elif kind == "feed":
        yield from _iter_feed(path)
    else:
        yield SourceItem(path.read_bytes(), str(path), kind)


def iter_sources(paths: Iterable[str | Path]) -> Iterator[SourceItem | SourceProblem]:
    """Every article item of the given sources, in a stable order (sources as given, folders
    sorted, records in file order)."""
    for path, kind in expand_paths(paths):
        try:
            yield from _iter_file(path, kind)
        except OSError as exc:
            yield SourceProblem(str(path), f"cannot read {path}: {exc}")


def count_items(paths: Iterable[str | Path]) -> int:
    """How many items ``iter_sources`` will yield (reads the sources once; for progress bars)."""
    return sum(1 for x in iter_sources(paths) if isinstance(x, SourceItem))


def _first(record: Mapping[str, Any], keys: Iterable[str]) -> Any:
    for k in keys:
        v = record.get(k)
        if v not in (None, "", []):
            return v
    return None


def parse_date(value: Any) -> dt.date | None:
    """A date from ISO text ("2018-05-27", "2015-07-21 02:51:32") or RFC 2822 text."""
    if value is None:
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def record_fields(record: Mapping[str, Any]) -> RecordFields:
    """The article attributes of a JSON record, whatever the corpus calls them."""
    def text_of(keys: Iterable[str]) -> str | None:
        v = _first(record, keys)
        return str(v) if v is not None else None

    rid = _first(record, ID_KEYS)
    return RecordFields(
        id=str(rid) if rid is not None else None,
        text=text_of(TEXT_KEYS),
        html=text_of(HTML_KEYS),
        published=parse_date(_first(record, DATE_KEYS)),
        outlet=text_of(OUTLET_KEYS),
        title=text_of(("title", "headline")),
        url=text_of(URL_KEYS),
        author=text_of(("author", "byline")),
    )


def to_document(item: SourceItem, *, published_default: dt.date | None = None) -> Document:
    """Read an item into a ``Document`` with the article reader; InputError if it is no article.

    The publication date falls back to the container's date, then to ``published_default``.
    """
    from rasad.ingest import read_article

    fallback = parse_date(item.published) or published_default
    if item.kind != "json":
        return read_article(
            item.raw, published=fallback, url=item.url, fmt=item.kind, source=item.ref
        )
    try:
        record = json.loads(item.raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            f"{item.ref}: not valid UTF-8 JSON ({exc}); each line of a .jsonl file must be one "
            'JSON object like {"id": ..., "text": ..., "published": "YYYY-MM-DD"}'
        ) from exc
    if not isinstance(record, dict):
        raise InputError(
            f"{item.ref}: a JSON {type(record).__name__} is not an article record; give an "
            'object with a "text" or "html" field'
        )
    f = record_fields(record)
    body, fmt = (f.text, "text") if f.text else (f.html, "html")
    if not body or not body.strip():
        raise InputError(
            f"{item.ref}: the record has no article text; give it a non-empty 'text' (or "
            f"'html') field (fields present: {sorted(record)[:12]})"
        )
    doc = read_article(
        body,
        published=f.published or fallback,
        outlet=f.outlet,
        article_id=f.id,
        url=f.url or item.url,
        fmt=fmt,
        source=item.ref,
    )
    # The record's own fields win over what the reader guessed from the page (as in
    # ``read_record``): a feed's title is a better outlet name than a URL's host.
    fill = {
        k: v
        for k, v in (("title", f.title), ("author", f.author), ("outlet", f.outlet),
                     ("published", f.published), ("url", f.url))
        if v and getattr(doc.meta, k) != v
    }
    return doc.with_meta(**fill) if fill else doc
