"""Word tokens with clitic analyses, and sentences, as spans over the original text.

Arabic glues conjunctions, prepositions and the article to words ("وبالقرب", "للنظام") and
pronouns to their ends ("عناصره", "قتلاهم"). Without a lexicon one cannot always tell "وصل"
(arrived) from "و + صل", so a token carries every plausible analysis and consumers (trigger and
name lookups) keep the one their lexicon knows.

``tokenize`` returns a ``TokenLayer``: the token boundaries and normalised forms as three lists,
with ``TokenInfo`` payloads (one shared object per distinct normalised form) and ``Span`` objects
made only when a consumer asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import is_
from typing import Any

import regex

from rasad.arabic import charmap
from rasad.arabic.normalize import fold_code, normalize_keys
from rasad.document import Span, SpanArray

_new_span = tuple.__new__  # a Span from its 5 fields without NamedTuple's Python-level __new__

_TOKEN = regex.compile(r"[\p{L}\p{M}\u0640]+|\p{N}+(?:[.,٫٬]\p{N}+)*|[^\s\p{L}\p{N}\p{M}]")
_PREFIXES = tuple(
    sorted(
        {c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "س") for a in ("", "ال")}
        | {c + "لل" for c in ("", "و", "ف")},
        key=len,
        reverse=True,
    )
)
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ي", "ك")
_MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class TokenInfo:
    norm: str  # normalised surface form

    @property
    def analyses(self) -> tuple[tuple[str, str, str], ...]:
        """(prefix, stem, suffix) readings, surface reading first; computed on first use."""
        return analyses(self.norm)

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(stem for _, stem, _ in self.analyses))

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalpha()


@lru_cache(maxsize=200_000)
def analyses(norm: str) -> tuple[tuple[str, str, str], ...]:
    """All (prefix, stem, suffix) splits with known clitics and a stem of 2+ letters."""
    out: list[tuple[str, str, str]] = [("", norm, "")]
    if not norm[:1].isalpha():
        return tuple(out)
    for pre in _PREFIXES:
        if pre and norm.startswith(pre) and len(norm) - len(pre) >= _MIN_STEM:
            rest = norm[len(pre) :]
            if pre.endswith("لل"):  # ل + ال: the stem is defined: restore it for lookups
                out.append((pre, "ال" + rest, ""))
            else:
                out.append((pre, rest, ""))
    with_suffix: list[tuple[str, str, str]] = []
    for pre, stem, _ in out:
        for suf in _SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 3 and not stem.startswith("ال"):
                with_suffix.append((pre, stem[: -len(suf)], suf))
    return tuple(dict.fromkeys(out + with_suffix))


class TokenLayer(SpanArray):
    """The tokens layer: token boundaries and normalised forms as lists.

    It behaves as the sequence of "TOKEN" spans (``value`` a ``TokenInfo``) that consumers have
    always read, with ``Span`` objects made only on first use. Hot loops should read:

    - ``starts[i]``, ``ends[i]``: the half-open offsets of token ``i`` (strictly ascending,
      tokens never overlap);
    - ``norms[i]``: its normalised form (``normalize_key`` of its surface, never empty);
    - ``values[i]``: its ``TokenInfo`` (one object per distinct normalised form), the list made
      on first use: most consumers read ``norms`` only.
    """

    __slots__ = ("_made", "norms")

    def __init__(self, starts: list[int], ends: list[int], norms: list[str]) -> None:
        if len(norms) != len(starts):
            raise ValueError(f"TokenLayer needs one norm per token: {len(starts)} starts, "
                             f"{len(norms)} norms")
        super().__init__(starts, ends, "TOKEN")
        self.norms = norms
        self._made = False  # True once ``tokenize`` made it (see bounds_ok)

    def bounds_ok(self, n: int) -> bool:
        """A layer ``tokenize`` made has ascending, non-empty tokens: its first start and last
        end bound them all (a C pass per token saved on every document); others are checked
        token by token."""
        if self._made:
            return not self.starts or (self.starts[0] >= 0 and self.ends[-1] <= n)
        return super().bounds_ok(n)

    def _make_values(self) -> list[TokenInfo]:
        return token_infos(self.norms)


# normalised form → its shared TokenInfo, bounded: a long-running process meets new words forever
_INFOS: dict[str, TokenInfo] = {}
_MAX_INFOS = 200_000


def token_infos(norms: list[str]) -> list[TokenInfo]:
    """The shared ``TokenInfo`` of each normalised form (looked up in C; only new forms cost a
    Python step)."""
    infos = list(map(_INFOS.get, norms))
    if len(list(filter(None, infos))) == len(infos):  # a C-level truth test, not TokenInfo's ==
        return infos  # type: ignore[return-value]
    if len(_INFOS) > _MAX_INFOS:
        _INFOS.clear()
    for i in compress(range(len(infos)), map(is_, infos, repeat(None))):
        norm = norms[i]
        # setdefault: another thread may have stored (or cleared) the form meanwhile
        infos[i] = _INFOS.get(norm) or _INFOS.setdefault(norm, _new_info(norm))
    return infos  # type: ignore[return-value]


def _new_info(norm: str) -> TokenInfo:
    # TokenInfo(norm) without the dataclass __init__ frame: a text's new words are many
    info = _object_new(TokenInfo)
    _set_norm(info, norm)
    return info


_object_new = object.__new__
_set_norm = TokenInfo.norm.__set__  # the slot itself (what the frozen __init__ writes through)


# Tokens are ``_TOKEN`` matches. The scan matches whole runs of words separated by single spaces
# at once (most of a news text), as ``_TOKEN`` would match them one by one; runs are then cut at
# their spaces with string methods. Far fewer regex matches, the same tokens.
_WORD = r"[\p{L}\p{M}\u0640]+"
_RUNS = regex.compile(
    rf"({_WORD}(?: {_WORD})*|\p{{N}}+(?:[.,٫٬]\p{{N}}+)*|[^\s\p{{L}}\p{{N}}\p{{M}}])"
)

# The same tokens on the one-byte code of rasad.arabic.charmap (nearly every news text), found
# with byte passes instead of a regex. Markers that have no width (the original characters all
# stay) are put in the code: OPEN (byte 0) before each token and CLOSE (byte 5) after it, so the
# code reads gap OPEN token CLOSE gap OPEN token CLOSE ... gap, each gap a run of whitespace or
# empty. Every number and other symbol is wrapped as CLOSE OPEN symbol CLOSE OPEN (it ends the
# token before it and opens the one after it), every whitespace character as CLOSE space OPEN,
# and the code is opened with OPEN and ended with CLOSE; where two of these meet, an OPEN comes
# right before a CLOSE (an empty token), and one pass deletes those pairs (nothing else ever
# puts two markers side by side, so the pairs never overlap and the pass leaves none). A word is
# what lies between, so it needs no pass of its own. Then the code without its CLOSE markers,
# cut at OPEN, is gap, token + gap, token + gap, ...: the running sums of the piece lengths are
# the token starts; without its OPEN markers, cut at CLOSE, it is gap + token, gap + token, ...,
# gap: the running sums are the token ends; without the gaps, folded and decoded, cut at OPEN,
# it is the tokens' normalised forms. Each list has one item per token: no piece is made for a
# gap. The byte classes are derived from the character classes of _TOKEN; each is a run of
# consecutive bytes (a one-range scan).
def _byte_range(pattern: str) -> bytes:
    members = charmap.byte_class(pattern)
    if list(members) != list(range(members[0], members[-1] + 1)):  # pragma: no cover
        raise ImportError(f"charmap class {pattern} is not one run of bytes")
    return regex.escape(members[:1]) + b"-" + regex.escape(members[-1:])


_OPEN, _CLOSE = b"\x00", charmap.CUT2
_B_DIGIT = _byte_range(r"\p{N}")
_B_SEPS = bytes(charmap.byte_of(c) for c in charmap.SEPARATORS)
_B_NUMBER = regex.compile(
    rb"[%s]+(?:[%s][%s]+)*" % (_B_DIGIT, regex.escape(_B_SEPS), _B_DIGIT)
)
_B_OTHER = charmap.byte_class(r"[^\s\p{L}\p{N}\p{M}]")
_B_DIGITS = frozenset(charmap.byte_class(r"\p{N}"))
_B_NOT_MARKED = bytes(b for b in range(256) if b not in _B_OTHER and b not in _B_DIGITS)
_S = bytes([charmap.byte_of(" ")])
_B_SPACES = bytes.maketrans(charmap.byte_class(r"\s"), _S * len(charmap.byte_class(r"\s")))
_B_HOLD = bytes.maketrans(_B_SEPS, charmap.SEPARATOR_HOLDERS)
_WRAP = _CLOSE + _OPEN  # ends the token before, opens the next
_B_CUT = {b: (bytes([b]), _WRAP + bytes([b]) + _WRAP) for b in _B_OTHER}
_SPACE_CUT = _CLOSE + _S + _OPEN
_EMPTY = _OPEN + _CLOSE
_GAPS = _S + _CLOSE  # what the tokens' own code leaves out
_EMPTY_NORM = _OPEN + _OPEN  # in the folded code: a token whose normalised form is empty


def _token_fold() -> tuple[bytes, bytes]:
    """A ``bytes.translate`` table and deletions: ``fold_code`` on the tokens (held number
    separators folded as the separators they hold), the gaps and CLOSE markers deleted."""
    table = bytearray(range(256))
    delete = bytearray(_GAPS)
    for b in range(256):
        if b in _GAPS:
            continue
        held = charmap.SEPARATOR_HOLDERS.find(b)
        folded = fold_code(bytes([_B_SEPS[held] if held >= 0 else b]))
        if folded:
            table[b] = folded[0]
        else:
            delete.append(b)
    return bytes(table), bytes(delete)


_FOLD_TABLE, _FOLD_DELETE = _token_fold()


def _cut_number(m: regex.Match[bytes]) -> bytes:
    # separators inside the number are held (bytes 1-4, decoded back) so no later cut splits it
    return _WRAP + m.group().translate(_B_HOLD) + _WRAP


def _cut_code(data: bytes) -> bytes:
    """The code ``data`` with OPEN before and CLOSE after each token (see above); its
    characters all kept, whitespace as a space, number separators held (bytes 1-4)."""
    data = data.translate(_B_SPACES)
    # the digits and other symbols present, in one pass; the number pass below only holds
    # separators (no other symbol is made or lost but those), so a symbol listed here that
    # only stood inside a number is replaced nowhere
    present = set(data.translate(None, _B_NOT_MARKED))
    if not present.isdisjoint(_B_DIGITS):
        data = _B_NUMBER.sub(_cut_number, data)
        present -= _B_DIGITS
    for b in present:
        data = data.replace(*_B_CUT[b])
    return (_OPEN + data.replace(_S, _SPACE_CUT) + _CLOSE).replace(_EMPTY, b"")


# CLOSE made an OPEN: the cut code then splits at every marker into gap, token, gap, token,
# ..., gap (OPEN and CLOSE alternate), so one pass gives both ends of every token.
_CLOSE_AS_OPEN = bytes.maketrans(_CLOSE, _OPEN)


def _offsets(cut: bytes) -> tuple[list[int], list[int]]:
    """(starts, ends) of the tokens of a cut code."""
    bounds = list(accumulate(map(len, cut.translate(_CLOSE_AS_OPEN).split(_OPEN))))
    # the running sums end a gap (a token's start) and a token (its end) in turn; the last is
    # the text's end
    return bounds[0:-1:2], bounds[1::2]


def _bounds_bytes(data: bytes) -> tuple[list[bytes], list[int], list[int]]:
    """(codes, starts, ends) of the ``_TOKEN`` matches of the text whose code is ``data``; a
    match's code is the charmap code of its surface (``charmap.decode`` gives the surface)."""
    cut = _cut_code(data)
    codes = cut.translate(None, _GAPS).split(_OPEN)[1:]
    return codes, *_offsets(cut)


# On the byte path a token's normalised form needs no look-up: normalising a token is folding
# it (every rule maps or deletes one character, and no character of a token folds to one that
# normalize_key would collapse or strip, checked below), the fold keeps the cut bytes, so one
# fold and one decode of the whole cut code give every token's normalised form, in order.
def _folds_to_blank(b: int) -> bool:
    folded = charmap.decode(fold_code(bytes([b])))
    return bool(folded) and (folded.isspace() or regex.match(r"\s", folded) is not None)


if any(_folds_to_blank(b) for b in range(charmap.RESERVED, 256)
       if not regex.match(r"\s", charmap.TABLE[b])):  # pragma: no cover
    raise ImportError("a token character normalises to whitespace: fold is not normalize_key")


def tokenize(text: str) -> TokenLayer:
    """Word, number and punctuation tokens (label "TOKEN", value ``TokenInfo``).

    A token is a run of letters and marks, a number ("1.5", "1,200"), or one other non-space
    character; a token whose normalised form is empty (a lone tatweel or mark) is dropped.
    """
    data = charmap.encode(text)
    if data is not None:
        cut = _cut_code(data)
        starts, ends = _offsets(cut)
        folded = cut.translate(_FOLD_TABLE, _FOLD_DELETE)
        norms = charmap.decode(folded).split("\x00")
        del norms[0]  # what comes before the first OPEN: nothing, once the gaps are gone
        # an empty form is an OPEN right before the next OPEN or at the end: two memchr-speed
        # tests on the code instead of a comparison per token
        empty = _EMPTY_NORM in folded or folded.endswith(_OPEN)
    else:
        surfaces, starts, ends = _bounds_str(text)
        norms = normalize_keys(surfaces)
        empty = "" in norms
    if empty:  # a lone tatweel or mark: no token
        starts = list(compress(starts, norms))
        ends = list(compress(ends, norms))
        norms = list(filter(None, norms))
    layer = TokenLayer(starts, ends, norms)
    layer._made = True  # every token a non-empty run, in text order (both paths above)
    return layer


def _bounds_str(text: str) -> tuple[list[str], list[int], list[int]]:
    """(surfaces, starts, ends) of the ``_TOKEN`` matches of a text outside the charmap."""
    if "\x00" in text or "\x01" in text:  # the markers the run split below cuts on
        surfaces = []
        starts = []
        for m in _TOKEN.finditer(text):
            surfaces.append(m.group())
            starts.append(m.start())
        return surfaces, starts, [s + len(w) for s, w in zip(starts, surfaces, strict=True)]
    parts = _RUNS.split(text)  # [gap, match, gap, match, ..., gap]: gaps are whitespace
    if len(parts) == 1:
        return [], [], []
    # every space inside a run becomes its own piece, between two tokens
    parts[1::2] = "\x01".join(parts[1::2]).replace(" ", "\x00 \x00").split("\x01")
    pieces = "\x00".join(parts).split("\x00")  # gap, token, gap, token, ..., gap
    offsets = list(accumulate(map(len, pieces)))  # end of each piece
    return pieces[1::2], offsets[0:-1:2], offsets[1::2]


# A sentence ends at . ! ? ؟ ؛ … (not inside numbers such as "1.5"), or at a line break.
_SENT_END = regex.compile(r"(?<!\p{N})[.!?؟؛…]+(?!\p{N})[\"'’”»)]*|\n+")


def _byte_set(chars: str) -> bytes:
    return b"".join(b"\\x%02x" % charmap.byte_of(c) for c in chars)


# The same ends on the charmap code (nearly every news text), as a pattern over bytes that
# opens with one byte set and reads the same look-arounds after the first character. It names
# bytes, no Unicode property, so the standard ``re`` reads it exactly as written; ``re`` skips
# to the opening set, where ``regex`` tries the Unicode pattern's look-behind at every position
# (a third fewer instructions per text). Sentences are trimmed of the characters that
# ``str.isspace`` names, as on the str path.
_END_CHARS = ".!?؟؛…"
_B_SENT_END = re.compile(
    rb"[%(e)s%(n)s](?:(?<=%(n)s)%(n)s*|(?<![%(d)s][%(e)s])[%(e)s]*(?![%(d)s])[%(q)s]*)"
    % {b"e": _byte_set(_END_CHARS), b"n": _byte_set("\n"), b"d": _B_DIGIT,
       b"q": _byte_set("\"'’”»)")}
)
_B_NEWLINE = charmap.byte_of("\n")
# Every byte that opens a _B_SENT_END match, made a newline: where a sentence may end.
_B_NL = bytes([_B_NEWLINE])
_B_OPENERS = bytes(charmap.byte_of(c) for c in _END_CHARS + "\n")
_B_OPENERS_AS_NL = bytes.maketrans(_B_OPENERS, _B_NL * len(_B_OPENERS))
_B_WHITESPACE = bytes(
    i for i, ch in enumerate(charmap.TABLE) if i >= charmap.RESERVED and ch.isspace()
)


def sentences(text: str) -> list[Span]:
    """Sentence spans (label "SENT"), trimmed of surrounding whitespace, never empty."""
    data = charmap.encode(text)
    if data is None:
        return _sentences(text, _SENT_END.finditer(text), "\n", None)
    return _byte_sentences(data)


def _byte_sentences(data: bytes) -> list[Span]:
    """``_sentences(data, _byte_ends(data), _B_NEWLINE, _B_WHITESPACE)`` in one loop: the
    same matches and trimmed pieces, without a generator step and a call per sentence."""
    match = _B_SENT_END.match
    space = _B_WHITESPACE
    newline = _B_NEWLINE
    digits = _B_DIGITS
    n = len(data)
    spans: list[Span] = []
    append = spans.append
    pos = 0  # where the last match ended: the current sentence starts here
    at = -1
    pieces = data.translate(_B_OPENERS_AS_NL).split(_B_NL)
    pieces.pop()  # what follows the last opening byte
    for piece in pieces:
        at += len(piece) + 1  # the opening byte after this piece
        if at < pos:
            continue
        opener = data[at]
        if opener == newline:
            # the pattern's line-break branch always matches the run of line breaks here: found
            # without a match call (most ends are paragraph breaks); the run is not part of
            # the sentence before it
            end = at + 1
            while end < n and data[end] == newline:
                end += 1
            cut = at
        elif at + 1 < n and data[at + 1] in space and (at == 0 or data[at - 1] not in digits):
            # an end mark between a non-digit and whitespace (". " closes most sentences): the
            # pattern matches the mark alone (whitespace is no end mark, digit or quote)
            cut = end = at + 1
        else:
            m = match(data, at)
            if m is None:
                continue
            cut = end = m.end()
        rest = data[pos:cut].lstrip(space)
        if rest:
            start = cut - len(rest)
            append(_new_span(Span, (start, start + len(rest.rstrip(space)), "SENT", None, None)))
        pos = end
    rest = data[pos:].lstrip(space)
    if rest:
        start = len(data) - len(rest)
        append(_new_span(Span, (start, start + len(rest.rstrip(space)), "SENT", None, None)))
    return spans


def _byte_ends(data: bytes) -> Iterator[re.Match[bytes]]:
    """``_B_SENT_END.finditer(data)``, the pattern tried only at the bytes that can open a
    match (found with one translate and split, C passes), where re's search tests its opening
    set at every byte of the text (a news text has ~25 such bytes in ~2,300). The scan that
    ``_byte_sentences`` runs inline (the tests check both against the definition)."""
    match = _B_SENT_END.match  # look-behinds read before the position, as in finditer
    pos = 0  # where the last match ended: finditer's matches never overlap
    at = -1
    pieces = data.translate(_B_OPENERS_AS_NL).split(_B_NL)
    pieces.pop()  # what follows the last opening byte
    for piece in pieces:
        at += len(piece) + 1  # the opening byte after this piece
        if at >= pos:
            m = match(data, at)
            if m is not None:
                pos = m.end()
                yield m


def _sentences(
    s: str | bytes, ends: Iterator[Any], newline: str | int, space: bytes | None
) -> list[Span]:
    """The trimmed pieces of ``s`` (a text or its charmap code) before each of the sentence
    ends ``ends`` (matches over ``s``; a run of line breaks is not part of the sentence)."""
    spans: list[Span] = []
    pos = 0
    for m in ends:
        start, end = m.span()
        _add_trimmed(spans, s, pos, start if s[start] == newline else end, space)
        pos = end
    _add_trimmed(spans, s, pos, len(s), space)
    return spans


def _add_trimmed(
    spans: list[Span], s: str | bytes, start: int, end: int, space: bytes | None
) -> None:
    rest = s[start:end].lstrip(space)  # type: ignore[arg-type]
    if rest:
        start = end - len(rest)
        end = start + len(rest.rstrip(space))  # type: ignore[arg-type]
        spans.append(_new_span(Span, (start, end, "SENT", None, None)))
