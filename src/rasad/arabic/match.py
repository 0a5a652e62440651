"""Clitic-aware multi-word phrase matching on normalised Arabic, reported in original offsets.

Names in Arabic news carry proclitics: "وقوات", "بمخيم", "لتنظيم", "والحجر", "للنظام". The
matcher indexes each phrase in normalised form (and, for phrases starting with the article ال,
also without it) in one Aho-Corasick automaton, scans the normalised text once, and accepts a hit
only when it starts a word, or follows a valid proclitic chain inside the word, and ends a word.
Overlaps are resolved longest-first. Spans returned cover the phrase without its proclitics.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import Any, NamedTuple

import ahocorasick
import regex

from rasad.arabic.normalize import NormText, normalize, normalize_key

# Proclitic chains that may precede a word (normalised spelling). Conjunction و/ف, then a
# preposition ب/ل/ك, or the future/emphasis particles are not relevant for names.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
PROCLITICS: frozenset[str] = frozenset(c + p for c in _CONJ for p in _PREP)
# Chains that carry the definite article: "ال", "وال", "بال", "فبال", "كال"… and the ل+ال
# contraction "لل" ("للنظام" = ل + النظام).
ARTICLE_PROCLITICS: frozenset[str] = frozenset(
    {c + p + "ال" for c in _CONJ for p in _PREP} | {c + "لل" for c in _CONJ}
)

_WORD_CHAR = regex.compile(r"[\p{L}\p{N}\p{M}]")
_WORD_END = regex.compile(r"(?<=[\p{L}\p{N}\p{M}])(?![\p{L}\p{N}\p{M}])")
# matched backwards from a position: the letters of its word that lie before it
_RUN_BEFORE = regex.compile(r"[\p{L}\p{N}\p{M}]*", regex.REVERSE)
_SPACE_RUN = regex.compile(r" {2,}")
# The longest proclitic chain: a longer run of letters before a hit is never one.
_MAX_CHAIN = max(map(len, PROCLITICS | ARTICLE_PROCLITICS))
_MAX_WORD_CHARS = 100_000


class _WordChars(dict[str, bool]):
    """character → is it a _WORD_CHAR (a letter, digit or mark), filled on first sight: the
    boundary tests around a hit read one character each, and a dict look-up costs less than
    a pattern call."""

    def __missing__(self, ch: str) -> bool:
        if len(self) > _MAX_WORD_CHARS:  # a long-running process may meet many scripts
            self.clear()
        known = self[ch] = _WORD_CHAR.match(ch) is not None
        return known


_IS_WORD = _WordChars()


class Match(NamedTuple):
    start: int  # original offsets, proclitics excluded
    end: int
    key: str  # the normalised phrase key that matched
    payloads: tuple[Any, ...]  # every payload registered under that key (homonyms)
    prefix: str  # normalised proclitics found before the phrase ("", "و", "بال", ...)


_new_match = tuple.__new__  # a Match from its 5 fields without NamedTuple's Python-level __new__
_START = itemgetter(1)  # a candidate's start


class PhraseMatcher:
    """Find dictionary phrases (places, actors, triggers) in Arabic text."""

    def __init__(self, entries: Iterable[tuple[str, Any]], *, article_optional: bool = True):
        by_key: dict[str, list[Any]] = defaultdict(list)
        for phrase, payload in entries:
            key = normalize_key(phrase)
            if key:
                by_key[key].append(payload)
        self._payloads = {k: tuple(v) for k, v in by_key.items()}
        self._automaton = ahocorasick.Automaton()
        # stored value: (key, needs_article). A bare form ("يرموك" of "اليرموك") only matches
        # after a chain that supplies the article, so the common noun "باب" never matches "الباب".
        forms: dict[str, tuple[str, bool]] = {}
        for key in self._payloads:
            forms.setdefault(key, (key, False))
            if article_optional and key.startswith("ال") and len(key) > 4:
                bare = key[2:]
                if bare not in self._payloads:
                    forms.setdefault(bare, (key, True))
        for form, value in forms.items():
            # with whether the form opens and ends with a word character (a hit's own edges)
            edges = (_WORD_CHAR.match(form[0]) is not None, _WORD_CHAR.match(form[-1]) is not None)
            self._automaton.add_word(form, (form, *value, *edges))
        if forms:
            self._automaton.make_automaton()
        self._empty = not forms

    def __len__(self) -> int:
        return len(self._payloads)

    def __contains__(self, phrase: str) -> bool:
        return normalize_key(phrase) in self._payloads

    def payloads(self, phrase: str) -> tuple[Any, ...]:
        return self._payloads.get(normalize_key(phrase), ())

    def find(self, text: str, norm: NormText | None = None) -> list[Match]:
        """All non-overlapping matches in ``text``, longest first, returned in text order."""
        if self._empty or not text:
            return []
        norm = norm or normalize(text)
        view, to_norm = _collapse_spaces(norm.text)
        # A hit must end where a word ends, and whatever precedes it inside its word must be a
        # proclitic chain. Both are read around each hit (a text has a few dozen hits but
        # hundreds of words, so finding every word run first cost more than the scan).
        # (The tests read single characters: the same tests as _WORD_END at the hit's end and
        # _RUN_BEFORE before its start, whose run is only read up to the longest chain.)
        candidates: list[tuple[int, int, int, str, str]] = []  # (-length, start, end, key, prefix)
        n = len(view)
        is_word = _IS_WORD
        for end_idx, (form, key, needs_article, opens, closes) in self._automaton.iter(view):
            end = end_idx + 1
            if not closes or (end < n and is_word[view[end]]):
                continue
            start = end - len(form)
            word_start = start
            stop = start - _MAX_CHAIN - 1  # a run that reaches it is longer than any chain
            floor = stop if stop > 0 else 0
            while word_start > floor and is_word[view[word_start - 1]]:
                word_start -= 1
            if word_start < start:
                if word_start == stop:
                    continue
                prefix = view[word_start:start]
            elif opens or not _WORD_CHAR.search(view, 0, start):
                prefix = ""  # the hit opens a word (or precedes every word of the text)
            else:
                continue  # its "prefix" would reach back over a gap: never a proclitic chain
            if prefix not in (ARTICLE_PROCLITICS if needs_article else PROCLITICS):
                continue
            candidates.append((start - end, start, end, key, prefix))
        # Longest first, then leftmost (two hits never share both ends: the tuples' order);
        # a candidate is kept only if none of its characters is already taken.
        candidates.sort()
        taken = bytearray(len(view))
        chosen: list[tuple[int, int, int, str, str]] = []
        for cand in candidates:
            start, end = cand[1], cand[2]
            if taken.find(1, start, end) < 0:
                taken[start:end] = b"\x01" * (end - start)
                chosen.append(cand)
        chosen.sort(key=_START)  # chosen hits never overlap: each starts elsewhere
        payloads = self._payloads
        if view is norm.text and not norm._breaks:  # no space collapsed, no character deleted
            return [_new_match(Match, (s, e, k, payloads[k], p)) for _, s, e, k, p in chosen]
        out = []
        for _, start, end, key, prefix in chosen:
            ostart, oend = norm.to_original(to_norm(start), to_norm(end - 1) + 1)
            out.append(_new_match(Match, (ostart, oend, key, payloads[key], prefix)))
        return out


def _collapse_spaces(s: str) -> tuple[str, Any]:
    """Collapse runs of spaces to one (writers double-space freely) with an index map back."""
    if "  " not in s:
        return s, lambda i: i
    # the map is asked for at a few match ends only: keep, per run, the view position of its
    # kept space and the characters dropped up to and including it (a bisect per call)
    positions: list[int] = []
    dropped = [0]
    for m in _SPACE_RUN.finditer(s):
        positions.append(m.start() - dropped[-1])
        dropped.append(dropped[-1] + m.end() - m.start() - 1)

    def to_source(i: int) -> int:
        return i + dropped[bisect_left(positions, i)]

    return _SPACE_RUN.sub(" ", s), to_source
