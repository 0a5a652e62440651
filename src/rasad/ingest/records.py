"""One article in, one ``Document`` out: format detection, JSON records, files and JSONL batches.

Precedence for each metadata field: what a JSON record states explicitly, then what the page
itself carries (byline, markup), then the caller's arguments (``published=`` / ``outlet=`` are
fallbacks: they supply the publication date when the page does not carry one).
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import json
import lzma
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from rasad.document import ArticleMeta, Document, content_id
from rasad.errors import InputError
from rasad.ingest.decode import MAX_ARTICLE_BYTES, check_size, decode_bytes, normalize_newlines
from rasad.ingest.scraped import ScrapedPage, parse_scraped

if TYPE_CHECKING:
    from rasad.ingest.html import HtmlPage

FORMATS = ("text", "html", "json")
_COMPRESSED = {".gz": gzip.open, ".xz": lzma.open, ".bz2": bz2.open}
_SUFFIX_FORMAT = {".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json"}
# Record fields, with the other names common corpora use for them.
_ID_KEYS = ("id", "docno", "doc_id")
_PUBLISHED_KEYS = ("published", "date", "time", "pubdate")
_OUTLET_KEYS = ("outlet", "sitename", "source")


@dataclass(frozen=True, slots=True)
class RecordResult:
    """One line of a JSONL batch: a document, or the reason that line could not be read."""

    line_no: int
    id: str | None
    doc: Document | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.doc is not None


def _detect(text: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except ValueError:
            obj = None
        if isinstance(obj, dict) and ("text" in obj or "html" in obj):
            return "json"
    head = text[:5000]
    # "<" first: a one-character search skips through Arabic text several times faster than
    # the two-character one, and most texts hold no "<" at all
    if stripped.startswith("<") or ("<" in head and "</" in head):
        from rasad.ingest.html import looks_like_html  # the HTML reader: only for markup

        if looks_like_html(text):
            return "html"
    return "text"


def _as_date(value: Any, *, field: str, source: str) -> dt.date | None:
    from rasad.ingest.html import parse_date_value

    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    d = parse_date_value(value) if isinstance(value, str) else None
    if d is None:
        raise InputError(
            f"{source}: {field} {value!r} is not a date; write it as YYYY-MM-DD (e.g. 2018-05-21)"
        )
    return d


def _str_field(record: dict[str, Any], keys: tuple[str, ...], source: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key in _ID_KEYS:
            return str(value)
        if not isinstance(value, str):
            raise InputError(
                f"{source}: field {key!r} is {type(value).__name__} {value!r}; "
                "it must be a string"
            )
        return value.strip() or None
    return None


def _first(*values: Any) -> Any:
    return next((v for v in values if v), None)


def read_article(
    data: str | bytes,
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    article_id: str | None = None,
    url: str | None = None,
    fmt: str | None = None,
    source: str | None = None,
) -> Document:
    """Read one article (scraped text, HTML or a JSON record) into a ``Document``.

    ``fmt``: "text", "html" or "json"; None detects it. ``published`` and ``outlet`` are used only
    when the record and the page carry none. ``source`` names the input in error messages.
    Raises ``InputError`` for undecodable input or an article with no body text.
    """
    source = source or (f"article {article_id}" if article_id else "<input>")
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"{source}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(data, bytes):
        raw = data
        text = decode_bytes(data, source=source)
    else:
        if len(data) * 4 > MAX_ARTICLE_BYTES:  # a UTF-8 character takes at most 4 bytes
            check_size(len(data.encode("utf-8", "surrogatepass")), source)
        raw = data
        text = normalize_newlines(data)
        if not text.strip():
            raise InputError(f"{source} is empty (no text); give the article text")
    fmt = fmt or _detect(text)
    doc_id = article_id or content_id(raw)
    if fmt == "json":
        try:
            record = json.loads(text)
        except ValueError as exc:
            raise InputError(
                f"{source} is not valid JSON ({exc}); give one JSON object with a \"text\" "
                "or \"html\" field"
            ) from exc
        if not isinstance(record, dict):
            raise InputError(
                f"{source} is a JSON {type(record).__name__}, not an object; give one object "
                "with a \"text\" or \"html\" field"
            )
        return read_record(record, published=published, outlet=outlet, article_id=article_id,
                           url=url, source=source, default_id=doc_id)
    return _build(text, fmt, doc_id=doc_id, published=published, outlet=outlet, url=url,
                  source=source, record={})


def read_record(
    record: dict[str, Any],
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    article_id: str | None = None,
    url: str | None = None,
    source: str = "<record>",
    default_id: str | None = None,
) -> Document:
    """A ``Document`` from one JSON record ``{"id", "text" or "html", "published", "outlet",
    "url", "title"}``. Record fields win over the page's own, which win over the arguments."""
    rid = _str_field(record, _ID_KEYS, source)
    text = record.get("text")
    html = record.get("html")
    if text is not None and not isinstance(text, str):
        raise InputError(f"{source}: \"text\" is {type(text).__name__}; it must be a string")
    if html is not None and not isinstance(html, str):
        raise InputError(f"{source}: \"html\" is {type(html).__name__}; it must be a string")
    if not (text and text.strip()) and not (html and html.strip()):
        raise InputError(
            f"{source}: the record has no article text; give a non-empty \"text\" or \"html\" field"
        )
    body, fmt = (text, "text") if text and text.strip() else (html or "", "html")
    fields = {
        "title": _str_field(record, ("title",), source),
        "author": _str_field(record, ("author",), source),
        "url": _str_field(record, ("url",), source),
        "outlet": _str_field(record, _OUTLET_KEYS, source),
        "published": None,
        "updated": _as_date(record.get("updated"), field="updated", source=source),
    }
    for key in _PUBLISHED_KEYS:
        if record.get(key):
            fields["published"] = _as_date(record[key], field=key, source=source)
            break
    doc_id = article_id or rid or default_id or content_id(json.dumps(record, sort_keys=True))
    return _build(normalize_newlines(body), fmt, doc_id=doc_id, published=published,
                  outlet=outlet, url=url, source=source, record=fields, source_format="json")


def _build(
    text: str,
    fmt: str,
    *,
    doc_id: str,
    published: dt.date | None,
    outlet: str | None,
    url: str | None,
    source: str,
    record: dict[str, Any],
    source_format: str | None = None,
) -> Document:
    page: HtmlPage | ScrapedPage
    if fmt == "html":
        from rasad.ingest.html import read_html

        page = read_html(text, url=record.get("url") or url, source=source)
    else:
        page = parse_scraped(text, title_hint=record.get("title"))
    if not page.body.strip():
        raise InputError(
            f"{source} has no article body: only a headline, byline or page furniture was "
            "found; give the full article text"
        )
    meta = ArticleMeta(
        title=_first(record.get("title"), page.title),
        published=_first(record.get("published"), page.published, published),
        updated=_first(record.get("updated"), page.updated),
        outlet=_first(record.get("outlet"), page.outlet, outlet),
        author=_first(record.get("author"), page.author),
        url=_first(record.get("url"), url),
        caption=page.caption,
        source_format=source_format or fmt,
    )
    return Document(id=doc_id, text=page.body, meta=meta)


def _open_binary(path: Path) -> IO[bytes]:
    opener = _COMPRESSED.get(path.suffix.lower())
    return opener(path, "rb") if opener else path.open("rb")  # type: ignore[operator]


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(
            f"{path} is a directory, not an article file; give one file, or read a folder "
            "with `rasad ingest`"
        )


def read_path(path: str | Path, **kw: Any) -> Document:
    """Read one article file (text, HTML or JSON; ``.gz``/``.xz``/``.bz2`` are unpacked).

    Keyword arguments are those of ``read_article``; the format defaults from the file suffix
    (.html/.htm → html, .json → json, otherwise detected).
    """
    path = Path(path)
    _check_file(path)
    inner = path.with_suffix("") if path.suffix.lower() in _COMPRESSED else path
    if inner.suffix.lower() in (".jsonl", ".ndjson"):
        raise InputError(
            f"{path} is a JSONL batch (one article a line), not one article; "
            "read it with iter_jsonl (or `rasad extract` on the file)"
        )
    try:
        if path.suffix.lower() not in _COMPRESSED:
            check_size(path.stat().st_size, str(path))
        with _open_binary(path) as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
            if len(data) > MAX_ARTICLE_BYTES:  # compressed: the unpacked size is only known now
                raise InputError(
                    f"{path} unpacks to over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB "
                    "per-article limit; split it into articles or use a .jsonl batch"
                )
    except (OSError, EOFError, lzma.LZMAError) as exc:
        raise InputError(
            f"{path} cannot be read ({exc.__class__.__name__}: {exc}); "
            "check that it exists, is readable and is not a broken archive"
        ) from exc
    kw.setdefault("fmt", _SUFFIX_FORMAT.get(inner.suffix.lower()))
    kw.setdefault("source", str(path))
    return read_article(data, **kw)


def _lines(stream_or_path: str | Path | IO[Any]) -> Iterator[tuple[int, str | bytes]]:
    if isinstance(stream_or_path, (str, Path)):
        path = Path(stream_or_path)
        _check_file(path)
        try:
            with _open_binary(path) as fh:
                yield from enumerate(fh, start=1)
        except (OSError, EOFError, lzma.LZMAError) as exc:
            raise InputError(
                f"{path} cannot be read ({exc.__class__.__name__}: {exc}); "
                "check that it is readable and not a broken archive"
            ) from exc
    else:
        yield from enumerate(stream_or_path, start=1)


def iter_jsonl(
    stream_or_path: str | Path | IO[Any],
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
) -> Iterator[RecordResult]:
    """One ``RecordResult`` per non-blank line of a JSONL batch, in input order.

    A line that is not JSON, not an object, has no text or a bad date gives an error result and
    iteration goes on. Paths ending in .gz/.xz/.bz2 are unpacked; streams may be text or bytes.
    """
    name = str(stream_or_path) if isinstance(stream_or_path, (str, Path)) else "<stream>"
    for line_no, line in _lines(stream_or_path):
        where = f"{name} line {line_no}"
        if isinstance(line, bytes):
            if line_no == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield RecordResult(line_no, None, None,
                                   f"{where} is not UTF-8 ({exc.reason} at byte {exc.start}); "
                                   "re-save the batch as UTF-8")
                continue
        line = line.lstrip("\ufeff").strip()
        if not line:
            continue
        yield _jsonl_line(line, line_no, where, published=published, outlet=outlet)


def _jsonl_line(
    line: str, line_no: int, where: str, *, published: dt.date | None, outlet: str | None
) -> RecordResult:
    if len(line) > MAX_ARTICLE_BYTES:
        return RecordResult(line_no, None, None,
                            f"{where} is over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB "
                            "per-article limit; split the article")
    try:
        record = json.loads(line)
    except ValueError as exc:
        return RecordResult(line_no, None, None,
                            f"{where} is not valid JSON ({exc}); write one JSON object a line")
    if not isinstance(record, dict):
        return RecordResult(line_no, None, None,
                            f"{where} is a JSON {type(record).__name__}, not an object; write "
                            "one {\"id\", \"text\"} object a line")
    rid = record.get("id")
    rid = str(rid) if isinstance(rid, (str, int)) and rid != "" else None
    try:
        doc = read_record(record, published=published, outlet=outlet, source=where,
                          default_id=content_id(line))
    except InputError as exc:
        return RecordResult(line_no, rid, None, str(exc))
    return RecordResult(line_no, rid or doc.id, doc, None)
