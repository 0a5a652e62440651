"""Word tokens with clitic analyses, and sentences, as spans over the original text.

Arabic glues conjunctions, prepositions and the article to words ("وبالقرب", "للنظام") and
pronouns to their ends ("عناصره", "قتلاهم"). Without a lexicon one cannot always tell "وصل"
(arrived) from "و + صل", so a token carries every plausible analysis and consumers (trigger and
name lookups) keep the one their lexicon knows.

``tokenize`` returns a ``TokenLayer``: the token boundaries as two lists and one shared
``TokenInfo`` per distinct surface form, with ``Span`` objects made only when a consumer asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import is_

import regex

from rasad.arabic.normalize import normalize_keys
from rasad.document import Span, SpanArray

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
    """The tokens layer: token boundaries as lists plus each token's shared ``TokenInfo``.

    It behaves as the sequence of "TOKEN" spans (``value`` a ``TokenInfo``) that consumers have
    always read, with ``Span`` objects made only on first use. Hot loops should read:

    - ``starts[i]``, ``ends[i]``: the half-open offsets of token ``i`` (strictly ascending,
      tokens never overlap);
    - ``values[i]``: its ``TokenInfo`` (one object per distinct surface form);
    - ``norms[i]``: its normalised form (``values[i].norm``; the list is made on first use).
    """

    __slots__ = ("_norms",)

    def __init__(self, starts: list[int], ends: list[int], infos: list[TokenInfo]) -> None:
        super().__init__(starts, ends, "TOKEN", infos)
        self._norms: list[str] | None = None

    @property
    def norms(self) -> list[str]:
        norms = self._norms
        if norms is None:
            norms = self._norms = [info.norm for info in self.values]
        return norms


# Tokens are ``_TOKEN`` matches. The scan matches whole runs of words separated by single spaces
# at once (most of a news text), as ``_TOKEN`` would match them one by one; runs are then cut at
# their spaces with string methods. Far fewer regex matches, the same tokens.
_WORD = r"[\p{L}\p{M}\u0640]+"
_RUNS = regex.compile(
    rf"({_WORD}(?: {_WORD})*|\p{{N}}+(?:[.,٫٬]\p{{N}}+)*|[^\s\p{{L}}\p{{N}}\p{{M}}])"
)
_INFOS: dict[str, TokenInfo | bool] = {}  # surface → shared TokenInfo (False: dropped)
_MAX_INFOS = 200_000


def tokenize(text: str) -> TokenLayer:
    """Word, number and punctuation tokens (label "TOKEN", value ``TokenInfo``).

    A token is a run of letters and marks, a number ("1.5", "1,200"), or one other non-space
    character; a token whose normalised form is empty (a lone tatweel or mark) is dropped.
    """
    if "\x00" in text or "\x01" in text:  # the markers the fast path cuts on
        surfaces: list[str] = []
        starts: list[int] = []
        for m in _TOKEN.finditer(text):
            surfaces.append(m.group())
            starts.append(m.start())
        ends = [s + len(w) for s, w in zip(starts, surfaces, strict=True)]
    else:
        parts = _RUNS.split(text)  # [gap, match, gap, match, ..., gap]: gaps are whitespace
        if len(parts) == 1:
            return TokenLayer([], [], [])
        # every space inside a run becomes its own piece, between two tokens
        parts[1::2] = "\x01".join(parts[1::2]).replace(" ", "\x00 \x00").split("\x01")
        pieces = "\x00".join(parts).split("\x00")  # gap, token, gap, token, ..., gap
        offsets = list(accumulate(map(len, pieces)))  # end of each piece
        surfaces = pieces[1::2]
        starts = offsets[0:-1:2]
        ends = offsets[1::2]
    infos = list(map(_INFOS.get, surfaces))  # None: not seen yet; False: normalised away
    kept = list(filter(None, infos))  # a C-level truth test, never TokenInfo's own ==
    if len(kept) != len(infos):
        infos = _fill(surfaces, infos)
        kept = list(filter(None, infos))
        if len(kept) != len(infos):  # a lone tatweel or mark: no token
            keep = list(compress(range(len(infos)), map(bool, infos)))
            starts = [starts[i] for i in keep]
            ends = [ends[i] for i in keep]
    return TokenLayer(starts, ends, kept)


def _fill(surfaces: list[str], infos: list[TokenInfo | bool | None]) -> list[TokenInfo | bool]:
    """``infos`` (``_INFOS.get`` of each surface) with the unknown forms normalised and stored:
    the new forms of a text are normalised together, each distinct form once per process."""
    unknown = list(compress(range(len(infos)), map(is_, infos, repeat(None))))
    if not unknown:
        return infos  # type: ignore[return-value]
    if len(_INFOS) > _MAX_INFOS:  # bounded: a long-running process meets new words forever
        _INFOS.clear()
        missing = list(set(surfaces))
        new = dict(zip(missing, map(_new_info, normalize_keys(missing)), strict=True))
        _INFOS.update(new)
        return list(map(new.__getitem__, surfaces))
    missing = list({surfaces[i] for i in unknown})
    new = dict(zip(missing, map(_new_info, normalize_keys(missing)), strict=True))
    _INFOS.update(new)
    for i in unknown:  # from the local dict: another thread may clear the shared one
        infos[i] = new[surfaces[i]]
    return infos  # type: ignore[return-value]


def _new_info(norm: str) -> TokenInfo | bool:
    return TokenInfo(norm) if norm else False


# A sentence ends at . ! ? ؟ ؛ … (not inside numbers such as "1.5"), or at a line break.
_SENT_END = regex.compile(r"(?<!\p{N})[.!?؟؛…]+(?!\p{N})[\"'’”»)]*|\n+")


def sentences(text: str) -> list[Span]:
    """Sentence spans (label "SENT"), trimmed of surrounding whitespace, never empty."""
    spans = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add_trimmed(spans, text, pos, end)
        pos = m.end()
    _add_trimmed(spans, text, pos, len(text))
    return spans


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end, "SENT"))
