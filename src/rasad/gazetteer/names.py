"""Finding index names over a document's tokens, word by word.

The generic :class:`rasad.arabic.match.PhraseMatcher` scans the normalised text with an
Aho-Corasick automaton and rejects, in Python, the hundreds of hits that start or end inside a
word. With ~50,000 place names most of a document's time went there. The tokens layer already
holds every word in normalised form, so this finder looks each word up once instead: a word is a
proclitic chain ("و", "بال", "لل" ...) plus the first word of a name; longer names then compare
the following tokens and the gaps between them. The semantics are PhraseMatcher's: the same
keys (``normalize_key``), the same "ال"-optional forms (a bare form only after a chain that
supplies the article), matches must end where a word ends, longest match wins, and spans exclude
the proclitics. The one known difference: a word split by an invisible control character inside
it ("ab<ZWNJ>cd") is two tokens here and one word there.

The built finder is a plain dict; :func:`cached_finder` keeps it pickled in the user's cache
directory under a digest of every input (index, overlay, normaliser and this module's source),
so it is rebuilt whenever any of them changes.
"""

from __future__ import annotations

import logging
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, pairwise
from pathlib import Path
from typing import Any

import regex

from rasad.arabic.match import ARTICLE_PROCLITICS, PROCLITICS, Match
from rasad.arabic.normalize import normalize_key
from rasad.arabic.tokens import tokenize
from rasad.document import Span
from rasad.resources import cached_build, digest_of

log = logging.getLogger(__name__)

_UNIT = regex.compile(r"[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]")
_CHAIN_SET = PROCLITICS | ARTICLE_PROCLITICS  # "" included
_LONGEST_CHAIN = max(map(len, _CHAIN_SET))
_CHAIN_INITIALS = frozenset(c[0] for c in _CHAIN_SET if c)  # letters a proclitic chain opens with
_FORMAT = 1  # bump when the pickled layout changes

# A trie over a form's units: a node maps gap + next unit ("" or " " + word) to the next node,
# and _END to (key, needs article, form length) when a form ends there.
Node = dict[str, Any]
_END = "\x00"
_END_ARTICLED = "\x01"  # "لل" + a bare form that is a name of its own: the "ال" name
# (prefix, proclitic chain length, node, (key, needs article, length) or None, longer names?)
_Start = tuple[str, int, Node, tuple[str, bool, int] | None, bool]


def _units(form: str) -> list[str] | None:
    """Trie steps of a normalised form: its first word, then each gap ("" or " ") + unit."""
    pieces = list(_UNIT.finditer(form))
    if not pieces or not pieces[0].group()[0].isalnum():
        return None
    steps = [pieces[0].group()]
    steps.extend(form[a.end() : b.start()] + b.group() for a, b in pairwise(pieces))
    if "".join(steps) != form or any(s[:2] == "  " for s in steps):
        return None  # stray spaces ("ال عودة" gives " عودة"): cannot be a word-bounded name
    return steps


class NameFinder:
    """Index names (any spelling) → payloads, found over a document's tokens."""

    def __init__(self, entries: Iterable[tuple[str, Any]], *, article_optional: bool = True):
        by_key: dict[str, list[Any]] = defaultdict(list)
        for phrase, payload in entries:
            key = normalize_key(phrase)
            if key:
                by_key[key].append(payload)
        self.payloads: dict[str, tuple[Any, ...]] = {k: tuple(v) for k, v in by_key.items()}
        forms: dict[str, tuple[str, bool]] = {}
        articled: dict[str, str] = {}  # bare form that is a name too → its "ال" name
        for key in self.payloads:
            forms.setdefault(key, (key, False))
            if article_optional and key.startswith("ال") and len(key) > 4:
                bare = key[2:]
                if bare not in self.payloads:
                    forms.setdefault(bare, (key, True))
                else:
                    articled[bare] = key  # "للعراق" is ل + العراق, not ل + a village عراق
        first: dict[str, Node] = {}
        for form, (key, needs_article) in forms.items():
            steps = _units(form)
            if steps is None or len(steps[0]) < 2:
                continue  # Arabic has no one-letter words: "ي سيدك" is source noise
            node = first.setdefault(steps[0], {})
            for step in steps[1:]:
                node = node.setdefault(step, {})
            node[_END] = (key, needs_article, len(form))
            if form in articled:
                node[_END_ARTICLED] = (articled[form], True, len(form))
        self.first = first
        self._after_first = _second_words(first)  # words that can go on a name
        self._word_cache: dict[str, tuple[_Start, ...]] = {}
        self._ending: set[str] = set()  # cached words at which a one-word name can end

    def __len__(self) -> int:
        return len(self.payloads)

    def __getstate__(self) -> dict[str, Any]:
        return {"payloads": self.payloads, "first": self.first}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.payloads = state["payloads"]
        self.first = state["first"]
        self._after_first = _second_words(self.first)
        self._word_cache = {}
        self._ending = set()

    def lookup(self, phrase: str) -> tuple[Any, ...]:
        return self.payloads.get(normalize_key(phrase), ())

    def _entries(self, word: str, glued: str = "") -> tuple[_Start, ...]:
        """Ways ``word`` can open a name: (prefix, chain length, trie node, its end info when a
        one-word name ends there with a valid prefix, whether longer names go on).

        Of the one-word names the word holds, only the one read with the shortest proclitic
        chain keeps its end info: the others lie inside it and are shorter, so the
        longest-first choice of :meth:`spans` could never keep them ("الاسد" as a whole, never
        "ال" + "اسد"), and dropping them here leaves most runs with one candidate.

        A tuple, and for the nine words in ten that open no name the one shared empty tuple:
        the word cache holds ~100,000 of these across documents, and a fresh empty list per
        word would be as many objects for every full garbage collection to walk (half of all
        the tracked objects of a long ingest, costing the whole pipeline)."""
        first = self.first
        if word[:1] not in _CHAIN_INITIALS or len(word) < 2:
            # no proclitic chain can open it: the word itself is its only reading (half the
            # new words, nearly all of them no name's first word: no chain table look-up)
            if word not in first:
                return ()
            chains = _NO_CHAIN
        else:
            # the chains are those of the word's opening up to where no longer chain can go
            # on (see _LONGER_OPENINGS), never its last letter: "وت" for "وتقدم", "وال" for
            # "والحكومه"; a few hundred openings, cached
            n = len(word)
            opening = word[:2] if n > 2 else word[:1]
            if n > 3 and opening in _LONGER_OPENINGS:
                opening = word[:3]
                if n > 4 and opening in _LONGER_OPENINGS:
                    opening = word[:4]
            chains = _CHAINS.get(opening) or _chains(opening)  # (a cached opening: no call)
        found: list[_Start] = []
        ended = False  # a one-word name already read with a shorter chain
        for k, chain in chains:
            node = first.get(word[k:])
            if node is None:
                continue
            prefix = glued + chain
            end_info = None if ended else _end_for(node, prefix)
            more = len(node) > (_END in node) + (_END_ARTICLED in node)
            if end_info is not None or more:
                found.append((prefix, k, node, end_info, more))
                ended = ended or end_info is not None
        return tuple(found) if found else ()

    def find(self, text: str, tokens: Sequence[Span] | None = None) -> list[Match]:
        """All non-overlapping name matches, longest first, returned in text order."""
        payloads = self.payloads
        return [Match(s, e, k, payloads[k], p) for s, e, k, p in self.spans(text, tokens)]

    def spans(
        self,
        text: str,
        tokens: Sequence[Span] | None = None,
        arrays: tuple[Sequence[int], Sequence[int], Sequence[str]] | None = None,
    ) -> list[tuple[int, int, str, str]]:
        """:meth:`find` as plain (start, end, key, prefix) tuples (cheaper in hot loops).

        ``arrays``: the tokens as (starts, ends, normalised forms) when the caller has them
        (:func:`rasad.gazetteer.context.token_arrays`); then ``tokens`` is not read."""
        if arrays is None:
            from rasad.gazetteer.context import token_arrays

            arrays = token_arrays(tokenize(text) if tokens is None else tokens)
        starts, ends, norms = arrays
        cache = self._word_cache
        ending = self._ending
        if len(cache) > 200_000:  # bounded; cleared between documents only
            cache.clear()
            ending.clear()
        n = len(starts)
        # most words open no name; an unseen word is looked up once and cached: the new words
        # are found in C (a set difference against the cache), so only they, each once, take
        # the Python path, and every token's look-up runs in C through map
        for word in set(norms).difference(cache):
            hit = cache[word] = self._entries(word)
            for e in hit:  # (a loop, not any() over a generator: one per new word)
                if e[3] is not None:
                    ending.add(word)
                    break
        hits = list(map(cache.__getitem__, norms))
        after_first = self._after_first
        last = n - 1
        chosen: list[tuple[int, int, str, str]] = []
        # Candidates overlap only if they share a token (a name covers part of each of its
        # tokens), so the longest-first choice is made run by run: a run is the candidates of
        # consecutive tokens chained by overlaps, closed when a token past its last one opens
        # a name. Most runs hold one candidate, kept without sorting or marking characters.
        run: list[_Candidate] = []
        run_last = -1  # the last token of the current run
        for i in compress(range(n), hits):
            t_start, t_end = starts[i], ends[i]
            word = norms[i]
            # Half the words that open a name ("ان", "الي", "التي") open only longer names,
            # and the word after them is mostly no later word of any name: then no name
            # starts here (unless letters glued before the word change its reading, below).
            goes_on = i < last and norms[i + 1] in after_first
            if not goes_on and word not in ending and (i == 0 or text[t_start - 1] == " "):
                continue
            if i > run_last and run:
                if len(run) == 1:
                    chosen.append(run[0][1:])
                else:
                    _choose_longest(run, chosen)
                run = []
            opens = hits[i]
            # a plain space before or after settles "glued to the next word?" without the test
            if i > 0 and text[t_start - 1] != " " and _joined(text, arrays, i - 1):
                glued = _glued_before(arrays, text, i)
                if glued is None:
                    continue
                opens = self._entries(word, glued)
            glued_right = i + 1 < n and text[t_end] != " " and _joined(text, arrays, i)
            clean = t_end - t_start == len(word)
            for prefix, k, node, end_info, more in opens:
                start = t_start + k if clean else _char_start(text, t_start, t_end, word, k)
                if end_info is not None and not glued_right:
                    end = t_end if clean else _char_end(text, t_start, t_end, word)
                    run.append((-end_info[2], start, end, end_info[0], prefix))
                    if i > run_last:
                        run_last = i
                if not (more and goes_on):
                    continue
                j = i
                while j + 1 < n:  # longer names: the next words and the gaps between
                    a_end, b_start = ends[j], starts[j + 1]
                    if b_start - a_end == 1 and text[a_end] == " ":
                        gap: str | None = " "
                    else:
                        gap = _gap(text, a_end, b_start)
                        if gap is None:
                            break
                    node = node.get(gap + norms[j + 1])
                    if node is None:
                        break
                    j += 1
                    info = _end_for(node, prefix)
                    if info is not None and not (j + 1 < n and _joined(text, arrays, j)):
                        end = _char_end(text, starts[j], ends[j], norms[j])
                        run.append((-info[2], start, end, info[0], prefix))
                        if j > run_last:
                            run_last = j
                    if len(node) <= (_END in node) + (_END_ARTICLED in node):
                        break
        if len(run) == 1:
            chosen.append(run[0][1:])
        elif run:
            _choose_longest(run, chosen)
        return chosen


_Arrays = tuple[Sequence[int], Sequence[int], Sequence[str]]
# (-form length, start, end, key, prefix): sorting puts the longest first, then the leftmost
# ((length, start) identifies a candidate: one form each)
_Candidate = tuple[int, int, int, str, str]


def _choose_longest(run: list[_Candidate], chosen: list[tuple[int, int, str, str]]) -> None:
    """Add to ``chosen`` the non-overlapping candidates of one run, longest first, then
    leftmost, in text order."""
    run.sort()
    kept: list[tuple[int, int, str, str]] = []
    for _, start, end, key, prefix in run:
        if any(s < end and start < e for s, e, _, _ in kept):
            continue
        kept.append((start, end, key, prefix))
    kept.sort()
    chosen.extend(kept)


def _end_for(node: Node, prefix: str) -> tuple[str, bool, int] | None:
    """The name that ends at ``node`` read with proclitics ``prefix``: a form that needs the
    article only after a chain that supplies it ("بال", "لل"); after such a chain, a bare form
    that is also a name of its own ("عراق", a village) is read as the "ال" name."""
    info = node.get(_END)
    if info is None:
        return None
    if prefix in (ARTICLE_PROCLITICS if info[1] else PROCLITICS):
        return info
    return node.get(_END_ARTICLED) if prefix in ARTICLE_PROCLITICS else None


def _second_words(first: dict[str, Node]) -> frozenset[str]:
    """Every word that follows a name's first word in some name (its gap left out): a word
    not in this set can continue no name."""
    return frozenset(
        step[1:] if step[:1] == " " else step
        for node in first.values()
        for step in node
        if step not in (_END, _END_ARTICLED)
    )


# a word's opening (its first letters up to where no longer chain goes on, at most
# _LONGEST_CHAIN, never the whole word) → the proclitic chains it opens with, as (length,
# chain), shortest first
_CHAINS: dict[str, tuple[tuple[int, str], ...]] = {}
# the openings of two or three letters that a longer chain goes on from ("وا" of "وال"): a
# word opening with any other has no chain longer than its opening
_LONGER_OPENINGS = frozenset(c[:k] for c in _CHAIN_SET for k in (2, 3) if len(c) > k)
_NO_CHAIN = ((0, ""),)


def _chains(room: str) -> tuple[tuple[int, str], ...]:
    """The chains of ``_CHAIN_SET`` that open ``room`` ("" always), shortest first: one cached
    look-up per new word instead of a slice and a set test per possible length (a few hundred
    distinct openings: keyed by a word's first four letters, some tens of thousands, a third
    of the new words missed the table; bounded like the word cache)."""
    if room[:1] not in _CHAIN_INITIALS:
        return _NO_CHAIN
    hit = _CHAINS.get(room)
    if hit is None:
        if len(_CHAINS) > 100_000:
            _CHAINS.clear()
        hit = _CHAINS[room] = tuple(
            (k, room[:k]) for k in range(len(room) + 1) if room[:k] in _CHAIN_SET
        )
    return hit


def _gap(text: str, a_end: int, b_start: int) -> str | None:
    """The text between two tokens as the matcher sees it: "" (joined), " " or None (other)."""
    g = text[a_end:b_start]
    if g == " " or g == "":
        return g
    if "\n" in g or "\r" in g:
        return None
    if not g.strip(" "):
        return " "
    if normalize_key(g):
        return None
    return " " if any(ch.isspace() for ch in g) else ""


def _joined(text: str, arrays: _Arrays, i: int) -> bool:
    """Whether token ``i + 1`` continues token ``i``'s word (letters or digits, no gap)."""
    starts, ends, norms = arrays
    a_end, b_start = ends[i], starts[i + 1]
    if b_start - a_end == 1 and text[a_end] == " ":
        return False
    return (
        norms[i][:1].isalnum()
        and norms[i + 1][:1].isalnum()
        and _gap(text, a_end, b_start) == ""
    )


def _glued_before(arrays: _Arrays, text: str, i: int) -> str | None:
    """The letters glued before token ``i`` with no visible gap (an invisible mark between):
    part of its proclitic run as the matcher sees it; None if too long to be one."""
    k = i
    glued = ""
    while k > 0 and _joined(text, arrays, k - 1):
        k -= 1
        glued = arrays[2][k] + glued
        if len(glued) > 4:
            return None
    return glued


def _char_start(text: str, t_start: int, t_end: int, norm: str, skip: int) -> int:
    """Original offset of the token's normalised character number ``skip``."""
    surface = text[t_start:t_end]
    if len(surface) == len(norm):
        return t_start + skip
    kept = 0
    for pos, ch in enumerate(surface):
        if normalize_key(ch):
            if kept == skip:
                return t_start + pos
            kept += 1
    return t_end


def _char_end(text: str, t_start: int, t_end: int, norm: str) -> int:
    """Original offset just after the token's last character that normalisation keeps."""
    surface = text[t_start:t_end]
    if len(surface) == len(norm):
        return t_end
    pos = len(surface)
    while pos > 0 and not normalize_key(surface[pos - 1]):
        pos -= 1
    return t_start + pos


def inputs_digest(paths: Iterable[Path], extra: Iterable[str] = ()) -> str:
    """Digest of files' contents (and strings): the cache key of what is built from them,
    together with the code that builds it (this module and the rasad code it imports: the
    normaliser, the matcher ...)."""
    return digest_of(f"names:{_FORMAT}", sys.modules[__name__], *paths, *extra)


def cached_finder(digest: str, build: Callable[[], NameFinder]) -> NameFinder:
    """The finder cached under ``digest`` (see :func:`rasad.resources.cached_build`: several
    versions are kept, keyed by digest), or ``build()``, then cached for next time.

    A missing, unreadable or unwritable cache only costs the build; it is never an error.
    """
    return cached_build("place-names", digest, build, kind=NameFinder)


# First words of compound place names that sources and news write both apart and joined:
# "كفر نبودة" / "كفرنبودة", "عين عيسى" / "عينعيسى", "أبو ظبي" / "أبوظبي", "خان يونس" /
# "خانيونس" (normalised forms).
COMPOUND_HEADS = ("كفر", "دير", "عين", "تل", "بيت", "ام", "ابو", "بني", "بير", "خان")
# Heads of place nouns (monastery, village, spring, hill, house, inn) that the news also joins
# to a second word with the article ("ديرالزور", "عينالعرب"); a kunya ("أبوالخير", "أمالخير")
# or a tribe ("بنيالحارث") joined so is a person's or a clan's name more often than a place.
_ARTICLE_JOINED_HEADS = frozenset({"كفر", "دير", "عين", "تل", "بيت", "بير", "خان"})
_MIN_REST = 3  # "ديرك", "تلال": a short rest is no second word


def spacing_variants(name: str) -> list[str]:
    """The other spelling of a compound name: joined if written apart, apart if joined.

    Only for names opening with one of ``COMPOUND_HEADS``; a second word with the article is
    joined only after a place head noun (``_ARTICLE_JOINED_HEADS``: "دير الزور" →
    "ديرالزور", not "أبو الخير")."""
    from rasad.arabic.normalize import normalize_key

    k = normalize_key(name)
    words = k.split(" ")
    if len(words) == 2 and words[0] in COMPOUND_HEADS:
        rest = words[1]
        definite = rest.startswith("ال")
        if (not definite or words[0] in _ARTICLE_JOINED_HEADS) and len(rest) >= _MIN_REST:
            return [words[0] + rest]
        return []
    if len(words) == 1:
        for head in COMPOUND_HEADS:
            rest = k[len(head) :]
            if k.startswith(head) and len(rest) >= _MIN_REST and not rest.startswith("ال"):
                return [f"{head} {rest}"]
    return []


def hamza_variants(name: str) -> list[str]:
    """A name ending in "اء" is often written without the final hamza: "المعلاء" → "المعلا",
    "كربلاء" → "كربلا"."""
    from rasad.arabic.normalize import normalize_key

    k = normalize_key(name)
    if k.endswith("اء") and len(k) > 4:
        return [k[:-1]]
    return []


def with_spacing_variants(pairs: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """``pairs`` (name, payload) plus each name's other spacing (see ``spacing_variants``)
    and its spelling without a final hamza (see ``hamza_variants``)."""
    out = list(pairs)
    for name, payload in pairs:
        out.extend((v, payload) for v in spacing_variants(name))
        out.extend((v, payload) for v in hamza_variants(name))
    return out
