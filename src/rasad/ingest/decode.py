"""Bytes → text for one article: BOM-aware, strict UTF-8 first, legacy Arabic code pages second.

Valid UTF-8 (nearly every modern page) is decoded directly; charset-normalizer only sees bytes
that are not UTF-8 (Windows-1256, ISO-8859-6, BOM-less UTF-16...). Binary files, archives and
empty files are refused with an ``InputError`` that says what the file is and what to do.
"""

from __future__ import annotations

import logging

import regex

from rasad.errors import InputError

log = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 10 * 1024 * 1024

# Leading bytes of file types that are never an article. Checked before any decoding.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document", "extract its text first (e.g. pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)", "unpack it and give the article files"),
    (b"PK\x05\x06", "an empty ZIP archive", "give the article text instead"),
    (b"\x1f\x8b", "gzip-compressed", "decompress it, or give it a .gz name so it is unpacked"),
    (b"\xfd7zXZ\x00", "xz-compressed", "decompress it, or give it a .xz name so it is unpacked"),
    (b"BZh", "bzip2-compressed", "decompress it first (bunzip2)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it and give the article files"),
    (b"Rar!\x1a\x07", "a RAR archive", "unpack it and give the article files"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "give the article text or HTML instead"),
    (b"\xff\xd8\xff", "a JPEG image", "give the article text or HTML instead"),
    (b"GIF87a", "a GIF image", "give the article text or HTML instead"),
    (b"GIF89a", "a GIF image", "give the article text or HTML instead"),
    (b"II*\x00", "a TIFF image", "give the article text or HTML instead"),
    (b"MM\x00*", "a TIFF image", "give the article text or HTML instead"),
    (b"\x7fELF", "an executable", "give the article text or HTML instead"),
    (b"MZ", "a Windows executable", "give the article text or HTML instead"),
    (b"SQLite format 3\x00", "an SQLite database", "export the articles as .jsonl first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old MS Office file", "save it as text first"),
    (b"PAR1", "a Parquet file", "export the articles as .jsonl first"),
)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

# Bytes < 0x20 other than tab, LF, VT, FF, CR (and DEL): a text file has almost none.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_NON_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES = regex.compile(r"[\v\f\x85\u2028\u2029]")
_RARE_BREAKS = "\v\f\x85\u2028\u2029"  # what _NEWLINES matches (normalize_newlines tests each)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def check_size(n_bytes: int, source: str) -> None:
    """Raise ``InputError`` when an article is larger than ``MAX_ARTICLE_BYTES``."""
    if n_bytes > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{source} is {_mb(n_bytes)}, over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB "
            "per-article limit; split it into articles or use a .jsonl batch"
        )


def _refuse_binary(data: bytes, source: str) -> None:
    for magic, what, fix in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{source} is {what}, not an article; {fix}")
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        raise InputError(
            f"{source} is {_RIFF_KINDS[data[8:12]]}, not an article; "
            "give the article text or HTML instead"
        )


def _too_many_controls(n_controls: int, n_total: int) -> bool:
    # A stray form feed or escape survives in scraped text; binary data has them everywhere.
    return n_controls > max(8, n_total // 100)


def _binary_error(source: str, why: str) -> InputError:
    return InputError(
        f"{source} looks like binary data ({why}), not article text; "
        "give a UTF-8, Windows-1256 or UTF-16 text, HTML or JSON file"
    )


def _decode_bom(data: bytes) -> str | None:
    """Decode by byte-order mark, or None when there is none. UTF-32 is checked before UTF-16."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16: NUL bytes only at odd (LE) or only at even (BE) offsets."""
    if len(data) % 2:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    if odd and not even:
        encoding = "utf-16-le"
    elif even and not odd:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_legacy(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            f"{source} is not UTF-8 and no known text encoding fits it; "
            "convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)"
        )
    log.debug("%s decoded as %s", source, best.encoding)
    return str(best)


def normalize_newlines(text: str) -> str:
    """CRLF, CR, form feed and Unicode line/paragraph separators → ``\\n``; drop a leading BOM."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # five C-level containment scans, without a generator's per-item frames
    if "\v" in text or "\f" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
        text = _NEWLINES.sub("\n", text)
    return text


def decode_bytes(data: bytes, *, source: str = "<input>") -> str:
    """The text of one article's bytes, newlines normalised to ``\\n``.

    Raises ``InputError`` for input that is too large, binary (images, archives, PDF, NUL bytes,
    many control characters), undecodable, or empty once decoded.
    """
    check_size(len(data), source)
    _refuse_binary(data, source)
    checked = False
    try:
        text = _decode_bom(data)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} starts with a byte-order mark but is not valid text in that encoding "
            f"({exc.reason} at byte {exc.start}); re-save it as UTF-8"
        ) from exc
    if text is None:
        if b"\x00" in data:
            text = _sniff_utf16(data)
            if text is None:
                raise _binary_error(source, f"{data.count(0)} NUL bytes")
        else:
            n_controls = len(data.translate(None, _NON_CONTROL))
            if _too_many_controls(n_controls, len(data)):
                raise _binary_error(source, f"{n_controls} control bytes")
            try:
                text = data.decode("utf-8")
                checked = True  # UTF-8 keeps control bytes as they are: already counted
            except UnicodeDecodeError:
                text = _decode_legacy(data, source)
    if not checked and (
        "\x00" in text or _too_many_controls(len(_CONTROL_CHARS.findall(text)), len(text))
    ):
        raise _binary_error(source, "control characters after decoding")
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError(
            f"{source} is empty (no text, only whitespace); give a file with the article text"
        )
    return text
