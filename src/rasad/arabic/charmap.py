"""A one-byte-per-character code for Arabic news text, for fast whole-text passes.

Python's ``str.translate`` and ``str.replace`` on Arabic text cost a dict look-up or a scan per
character and per pattern. A text whose characters all belong to the 256 listed here is encoded
(one byte per character, so offsets are kept) with the C charmap codec; ``bytes.translate``,
``bytes.replace`` and ``bytes.split`` then work on it at memory speed, and ``decode`` turns
pieces back into ``str``. Texts with a character outside the table (rare: presentation forms,
emoji, other scripts) make :func:`encode` return None and callers take their plain ``str`` path,
which gives the same result.

Byte 0 decodes to ``"\\x00"`` and is the callers' cut marker; a text holding ``"\\x00"`` is never
encoded. Bytes 1-5 encode no character and are free for callers: 1-4
(:data:`SEPARATOR_HOLDERS`) decode to the number separators ``. , ٫ ٬``, so a caller can protect
a separator inside a number from a pass that cuts at separators; 5 (:data:`CUT2`) decodes to
``"\\x00"`` like byte 0, a second cut marker that byte passes can tell apart from the first.
"""

from __future__ import annotations

import codecs
from functools import lru_cache

import regex

# Number separators that may join digits ("1.5", "1,200", "١٫٥", "١٬٢٠٠").
SEPARATORS = ".,\u066b\u066c"
# Noncharacters: never in real text, so they reserve bytes 1-5 of the encoding.
_HOLDERS = "\ufdd0\ufdd1\ufdd2\ufdd3\ufdd4"
RESERVED = len(_HOLDERS) + 1  # bytes 0 (the cut marker) to 5 encode no character


def _span(a: int, b: int) -> list[str]:
    return [chr(c) for c in range(a, b + 1)]


# The characters of Arabic news (Arabic punctuation, letters, marks and digits; the common
# Persian letters and digits; ASCII; the quotes, dashes, spaces and direction marks of web text).
_CHARS: list[str] = [
    "\x00", *_HOLDERS, "\t", "\n", *_span(0x20, 0x7E),
    # Arabic punctuation, letters, marks, digits (not U+061D, an end-of-text mark new in
    # Unicode 14: its byte is the second cut marker)
    *(ch for ch in _span(0x060C, 0x066D) if ch != "\u061d"), "\u0670", "\u0671",
    *(chr(c) for c in (0x067E, 0x0686, 0x0698, 0x06A4, 0x06A9, 0x06AF, 0x06BE, 0x06C1, 0x06CC,
                       0x06D2)),  # پ چ ژ ڤ ک گ ھ ہ ی ے
    *_span(0x06F0, 0x06F9),  # Persian digits
    *_span(0x2009, 0x2015), *_span(0x2018, 0x201E), "\u2022", "\u2026",  # spaces, dashes, quotes
    *_span(0x202A, 0x202E), "\u2039", "\u203A", "\u2212",  # direction controls, ‹ › −
    "\u00a0", "\u00ab", "\u00bb", "\u00ad",  # no-break space, « », soft hyphen
]
if len(_CHARS) != len(set(_CHARS)) or len(_CHARS) > 256:  # pragma: no cover
    raise ImportError(f"charmap table: {len(_CHARS)} characters, repeats or more than 256")


def _group(ch: str) -> int:
    """Digits, then number separators, other symbols, spaces, letters and marks: each class a
    run of consecutive bytes, so that a ``regex`` byte class is one range (a fast scan)."""
    if regex.fullmatch(r"\p{N}", ch):
        return 0
    if ch in SEPARATORS:
        return 1
    if regex.fullmatch(r"[\p{L}\p{M}\u0640]", ch):
        return 4
    if regex.fullmatch(r"\s", ch):
        return 3
    return 2


TABLE = "".join(_CHARS[:RESERVED] + sorted(_CHARS[RESERVED:], key=_group))
SEPARATOR_HOLDERS = bytes(range(1, 5))
CUT2 = b"\x05"
_ENCODING = codecs.charmap_build(TABLE)
_DECODING = TABLE[0] + SEPARATORS + "\x00" + TABLE[RESERVED:]


_recent: list[tuple[str, bytes | None]] = [("", b""), ("", b"")]
if RESERVED != 6:  # pragma: no cover
    raise ImportError("charmap: _holds_marker tests bytes 0-5; update it with the holders")


def _holds_marker(data: bytes) -> bool:
    """Whether ``data`` holds byte 0 (the code of "\\x00") or a reserved noncharacter (bytes
    1-5): six ``memchr`` scans (int operands, no search set up), several times cheaper than
    one deleting ``translate`` over the code or a test for "\\x00" on the text (str's search
    skips only to nonzero bytes)."""
    return 0 in data or 1 in data or 2 in data or 3 in data or 4 in data or 5 in data


def encode(text: str) -> bytes | None:
    """``text`` one byte per character, or None when a character is outside the table.

    The codes of the last two texts are kept: the normaliser, the tokenizer and the sentence
    splitter encode the same string object of one document, and the tokenizer encodes that
    document's new words in between.
    """
    recent = _recent
    if text is recent[0][0]:
        return recent[0][1]
    if text is recent[1][0]:
        return recent[1][1]
    data = encode_uncached(text)
    recent[1] = recent[0]
    recent[0] = (text, data)
    return data


def encode_uncached(text: str) -> bytes | None:
    """``encode`` without keeping the code: for the short strings (page lines, keys) read
    between one document's passes, which would push that document's code out of the cache."""
    try:
        data = codecs.charmap_encode(text, "strict", _ENCODING)[0]
    except UnicodeEncodeError:
        return None
    if _holds_marker(data):  # "\x00" is the only character coded 0
        return None
    return data


def decode(data: bytes) -> str:
    """The characters of ``data`` (bytes 1-4 decode to the number separators, 5 to ``"\\x00"``)."""
    return codecs.charmap_decode(data, "strict", _DECODING)[0]


def byte_of(ch: str) -> int:
    """The byte that encodes character ``ch`` (``ValueError`` when it has none)."""
    i = TABLE.find(ch)
    if i < 0 or ch in _HOLDERS:
        raise ValueError(f"character U+{ord(ch):04X} is not in the charmap table")
    return i


@lru_cache(maxsize=64)
def byte_class(pattern: str) -> bytes:
    """The bytes whose character matches the one-character ``regex`` ``pattern`` (marker and
    separator holders excluded), e.g. ``byte_class(r"\\p{N}")``: the digits."""
    rx = regex.compile(pattern)
    return bytes(
        i for i, ch in enumerate(TABLE) if i >= RESERVED and rx.fullmatch(ch) is not None
    )


def translation(mapping: dict[int, str | None]) -> tuple[bytes, bytes] | None:
    """A ``bytes.translate`` table and the bytes to delete for a ``str.translate`` mapping
    (code point → character or None), or None when a target character is outside the table."""
    table = bytearray(range(256))
    delete = bytearray()
    for i, ch in enumerate(TABLE):
        if i < RESERVED:
            continue
        target = mapping.get(ord(ch), ch)
        if target is None:
            delete.append(i)
        elif len(target) != 1 or target not in TABLE or target in _HOLDERS or target == "\x00":
            return None
        else:
            table[i] = TABLE.index(target)
    return bytes(table), bytes(delete)
