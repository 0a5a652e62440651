"""Normalisation for matching, with an offset map back to the original text.

The clean article text is never rewritten. ``normalize`` returns the matching form plus, for each
normalised character, the index of the original character it came from, so a match found on
normalised Arabic lands on the exact characters of the original. Every rule maps one character to
one character or deletes it; the result is therefore never longer than the input, and
normalising twice changes nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from rasad.arabic import charmap

# One character → one character. Why each: writers and keyboards vary these freely.
_MAP: dict[str, str] = {
    # hamza-carrying and decorated alef forms → bare alef
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # alef maqsura and Persian/Urdu ya → ya; ta marbuta → ha; hamza seats → their letters
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ة": "ه", "ۀ": "ه", "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    # quote marks (’’ ‘‘ « » and friends) → one ASCII quote
    "’": '"', "‘": '"', "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‹": '"', "›": '"',
    "″": '"', "'": '"', "`": '"', "´": '"',
    # dashes → hyphen-minus ("السبت–الأحد")
    "–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-", "‑": "-",
    # Arabic punctuation that has a plain equivalent for matching purposes
    "٪": "%", "٫": ".", "٬": ",",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian (Extended Arabic-Indic) digits
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    _MAP[_c] = _c.lower()

# Characters deleted: tatweel, harakat and Quranic marks, bidi and zero-width controls, BOM,
# soft hyphen. Spaces of every kind become a plain space.
_DELETE = "\u0640\u00ad\ufeff\u200b\u200c\u200d\u200e\u200f\u061c" + "".join(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
)
_DIACRITICS = "".join(
    chr(c) for c in (*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD),
                     *range(0x06DF, 0x06E5), 0x06E7, 0x06E8, *range(0x06EA, 0x06EE))
)
# Unicode "Zs" spaces other than U+0020 (NBSP, thin, narrow, ideographic...), tab, separators.
_SPACES = "\u00a0\u1680\u202f\u205f\u3000\t\u2028\u2029" + "".join(
    chr(c) for c in range(0x2000, 0x200B)
)

_TABLE: dict[int, str | None] = {ord(k): v for k, v in _MAP.items()}
_TABLE.update({ord(c): None for c in _DELETE + _DIACRITICS})
_TABLE.update({ord(c): " " for c in _SPACES})
_DELETED_CHARS = tuple(dict.fromkeys(_DELETE + _DIACRITICS))
_DELETED_RE = regex.compile("[" + regex.escape(_DELETE + _DIACRITICS) + "]+")
_MULTISPACE = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalised string and, for each of its characters, the original offset it came from.

    The offset map is stored as the places where characters were deleted: ``_breaks`` holds,
    in ascending order, each normalised position where a run of deleted characters stood, and
    ``_shifts`` the number of characters deleted up to and including that run. Both empty: no
    character was deleted, offsets are the identity.
    """

    text: str
    source_len: int
    _breaks: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()
    # derived: the original offset of each break's first kept character (for to_normalized)
    _orig_breaks: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._breaks and not self._orig_breaks:
            orig_breaks = tuple(map(int.__add__, self._breaks, self._shifts))
            object.__setattr__(self, "_orig_breaks", orig_breaks)

    def orig(self, i: int) -> int:
        """Original offset of normalised character ``i`` (``len(text)`` maps to the source end)."""
        n = len(self.text)
        if i >= n:
            return self.source_len
        breaks = self._breaks
        if not breaks:
            return i
        if i < 0:  # as a list index would read it
            i += n
        k = bisect_right(breaks, i)
        return i + self._shifts[k - 1] if k else i

    def to_original(self, nstart: int, nend: int) -> tuple[int, int]:
        """Half-open normalised span → half-open original span (deleted marks inside kept)."""
        if nend <= nstart:
            o = self.orig(nstart)
            return o, o
        return self.orig(nstart), self.orig(nend - 1) + 1

    def to_normalized(self, ostart: int) -> int:
        """The first normalised index whose original offset is >= ``ostart``."""
        # (comparisons rather than min/max calls: the events stage asks ~100 times a text)
        n = len(self.text)
        breaks = self._breaks
        if not breaks:
            return ostart if ostart < n else n
        # the kept stretch that holds ostart (or the deleted run before it), then the identity
        # shifted by the characters deleted before that stretch
        k = bisect_right(self._orig_breaks, ostart)
        i = ostart - self._shifts[k - 1] if k else ostart
        if k < len(breaks) and breaks[k] < i:
            i = breaks[k]  # inside the deleted run: the next kept character
        if i > n:
            i = n
        return i if i > 0 else 0


_REPLACE = tuple((k, v) for k, v in _MAP.items()) + tuple((c, " ") for c in _SPACES)

# The same rules on the one-byte code of rasad.arabic.charmap (most news texts): one
# ``bytes.translate`` pass instead of a containment test per rule. Derived from _TABLE, so the
# two paths cannot disagree. _BYTE_MARK: the deleted characters become the cut marker (byte 0).
_BYTE_RULES = charmap.translation(_TABLE)
if _BYTE_RULES is None:  # a rule maps into a character outside the charmap: str path only
    raise ImportError("normalisation rules do not fit rasad.arabic.charmap")  # pragma: no cover
_BYTE_TABLE, _BYTE_DELETE = _BYTE_RULES
_BYTE_MARK = bytes(0 if b in _BYTE_DELETE else _BYTE_TABLE[b] for b in range(256))
# Shorter strings (keys, words, page lines) are encoded without charmap's cache, which keeps
# the code of the document being read (long) for the next pass over it: on the byte path too,
# since a pattern pass and a str.translate cost 3-4 times its few C calls even on a short word.
_BYTES_MIN = 64


def _fold(s: str) -> str:
    """``_translate(_delete(s))``: every one-for-one rule applied, deleted characters gone."""
    data = charmap.encode(s) if len(s) >= _BYTES_MIN else charmap.encode_uncached(s)
    if data is None:
        return _translate(_delete(s))
    return charmap.decode(fold_code(data))


def fold_code(data: bytes) -> bytes:
    """Every one-for-one rule applied to the charmap code ``data``, deleted characters gone
    (the code of ``_fold`` of its text); bytes 0-5 are kept as they are, so a caller's cut
    markers survive: one pass folds every piece of a cut text at once."""
    return data.translate(_BYTE_TABLE, _BYTE_DELETE)


def _normalize_bytes(text: str, data: bytes) -> NormText:
    """``normalize`` on the charmap code ``data`` of ``text`` (same result, fewer passes)."""
    marked = data.translate(_BYTE_MARK)
    if b"\x00" not in marked:  # nothing deleted (a code holds no byte 0 of its own)
        return NormText(charmap.decode(marked), len(text))  # offsets are the identity
    pieces = marked.split(b"\x00")  # kept stretches, one cut per deletion
    breaks: list[int] = []
    shifts: list[int] = []
    pos = deleted = 0
    for piece in pieces[:-1]:  # the last piece has no deletion after it
        pos += len(piece)
        deleted += 1
        if breaks and breaks[-1] == pos:  # nothing kept since the last deletion: same run
            shifts[-1] = deleted
        else:
            breaks.append(pos)
            shifts.append(deleted)
    return NormText(charmap.decode(b"".join(pieces)), len(text), tuple(breaks), tuple(shifts))


def _translate(text: str) -> str:
    # str.translate looks every character up in a dict, which is slow on non-ASCII text; a
    # C-level containment test per mapped character, and replace() for the few present, is
    # several times faster. Deletions are done by the caller with one regex pass.
    if len(text) < 200:  # short strings: the per-call overhead of the loop dominates
        return text.translate(_TABLE)
    for src, dst in _REPLACE:
        if src in text:
            text = text.replace(src, dst)
    return text


@lru_cache(maxsize=8)
def normalize(text: str) -> NormText:
    """Normalise ``text`` for matching; see module docstring for the guarantees.

    Cached for the last few texts: every stage of one document asks for the same normalisation.
    """
    data = charmap.encode(text) if len(text) >= _BYTES_MIN else charmap.encode_uncached(text)
    if data is not None:
        return _normalize_bytes(text, data)
    # A containment test per deletable character is a C-level scan, several times faster than
    # one regex pass over the text; most texts hold none or a few of them (tanween, tatweel).
    present = [c for c in _DELETED_CHARS if c in text]
    if not present:
        return NormText(_translate(text), len(text))
    if "\x00" in text:  # the marker below: find the deleted runs with the regex instead
        pieces = _DELETED_RE.split(text)
        widths = [m.end() - m.start() for m in _DELETED_RE.finditer(text)]
    else:
        marked = text
        for c in present:
            marked = marked.replace(c, "\x00")  # one for one: offsets are kept
        pieces = marked.split("\x00")  # the kept stretches; one empty per extra deleted char
        widths = [1] * (len(pieces) - 1)
    breaks: list[int] = []
    shifts: list[int] = []
    pos = deleted = 0
    for piece, width in zip(pieces, widths, strict=False):  # the last piece has none
        pos += len(piece)
        deleted += width
        if breaks and breaks[-1] == pos:  # nothing kept since the last deletion: same run
            shifts[-1] = deleted
        else:
            breaks.append(pos)
            shifts.append(deleted)
    return NormText(_translate("".join(pieces)), len(text), tuple(breaks), tuple(shifts))


def variants(ch: str) -> frozenset[str]:
    """Every character that normalises to ``ch`` (``ch`` included): "ا" → أ إ آ ٱ ٲ ٳ ا.

    For cheap first-letter tests on raw text before a normalising lookup.
    """
    return frozenset({ch} | {k for k, v in _MAP.items() if v == ch})


def normalize_keys(words: Sequence[str]) -> list[str]:
    """``[normalize_key(w) for w in words]``, in one pass over all of them when no word holds
    whitespace (tokens): a text's new words are normalised together, not one call each."""
    joined = " ".join(words)
    # Printable: no whitespace but the joining spaces, nothing the normaliser turns into a
    # space or that strip() would take; then each piece is its word's key as it stands.
    if len(words) < 8 or not joined.isprintable() or joined.count(" ") != len(words) - 1:
        return [normalize_key(w) for w in words]
    return _fold(joined).split(" ")


def text_key(s: str) -> str:
    """Normalised, space-collapsed, stripped form of a one-off text (a whole article's rest):
    what ``normalize_key`` returns, without filling its cache of short keys with long texts."""
    t = _fold(s)
    if "  " in t or not t.isprintable():  # only then can there be a run or a \n to collapse
        t = _MULTISPACE.sub(" ", t)
    return t.strip()


#: The key for lexicons and dictionaries (words and names recur: cached).
normalize_key = lru_cache(maxsize=65536)(text_key)


def _delete(s: str) -> str:
    """``s`` without the characters normalisation deletes."""
    if len(s) < 48:  # short strings: one regex call beats a containment test per character
        return _DELETED_RE.sub("", s)
    for c in _DELETED_CHARS:
        if c in s:
            s = s.replace(c, "")
    return s
