"""The first-pass choice of every ambiguous name of the index, worked out once and cached.

A bare mention ("جوبر", no place noun before it, no qualifier after it, no country adjective
narrowing it) is first resolved on its candidates' priors alone (:mod:`.passes`, pass 1):
the choice depends on nothing but the index, yet each process scored it again the first
time it met the name. This module scores every index name with several candidates once,
with exactly the code pass 1 runs (:func:`rasad.gazetteer.resolve.choose` with no context),
and keeps the result in the user's cache (:func:`rasad.resources.cached_build`,
"place-first-choices") under a digest of the index's files and of the code that makes the
candidates and scores them, so it is rebuilt when either changes.
"""

from __future__ import annotations

import os
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from rasad.gazetteer.index import BLOCK, Entry, PlaceIndex
from rasad.gazetteer.resolve import Mention, choose, prefilter
from rasad.resources import cached_build, digest_of

_FORMAT = "place-first-choices:1"  # bump when the table's layout changes

# What is cached: the names in order, one per line; per name the position of its chosen
# candidate, the confidence and the score margin. A few strings and arrays load in a tenth
# of the time of a dict of 6,000 tuples, which cost as many instructions as the scoring it
# spares in a few hundred articles.
_Stored = tuple[str, bytes, "array[float]", "array[float]"]


class Choices:
    """Name key → (position of the chosen candidate among the name's candidates, confidence,
    score margin), for the names with several candidates (``choose`` takes a lone one
    unscored)."""

    __slots__ = ("_best", "_confidence", "_keys", "_margin")

    def __init__(self, stored: _Stored) -> None:
        names, self._best, self._confidence, self._margin = stored
        self._keys = names.split("\n") if names else []

    def get(self, key: str) -> tuple[int, float, float] | None:
        keys = self._keys
        i = bisect_left(keys, key)
        if i == len(keys) or keys[i] != key:
            return None
        return self._best[i], self._confidence[i], self._margin[i]

    def items(self) -> Iterator[tuple[str, tuple[int, float, float]]]:
        for i, key in enumerate(self._keys):
            yield key, (self._best[i], self._confidence[i], self._margin[i])


def candidates(index: PlaceIndex, payloads: Sequence[object]) -> list[Entry]:
    """The candidate places of a name found with ``payloads``, best-known first when they
    are too many: what every mention of the name starts from (the stage and this table)."""
    return prefilter(
        [e for e in (index.entry(i) for i in payloads if isinstance(i, int)) if e is not None]
    )


# id(index) → (index, its table): read once per process and index
_TABLES: dict[int, tuple[PlaceIndex, Choices | None]] = {}


def first_choices(index: PlaceIndex) -> Choices | None:
    """The table for ``index``, from the cache or built and cached; None for an index built
    in memory (tests) or with the cache off (``RASAD_NO_CACHE``): names are then scored as
    they come."""
    slot = _TABLES.get(id(index))
    if slot is None or slot[0] is not index:
        slot = _TABLES[id(index)] = (index, _cached_table(index))
    return slot[1]


def _cached_table(index: PlaceIndex) -> Choices | None:
    digest = index.digest()
    if digest is None or os.environ.get("RASAD_NO_CACHE"):
        # built in every process (half a second) the table would cost more than it spares
        return None
    # this module stands for its code and the code it imports: the candidates, the priors
    # (index) and the scoring (resolve), all a bare name's first choice depends on
    key = digest_of(_FORMAT, digest, sys.modules[__name__])
    return Choices(
        cached_build("place-first-choices", key, lambda: build_choices(index), kind=tuple)
    )


def build_choices(index: PlaceIndex) -> _Stored:
    """Pass 1's choice for every name with several candidates, as pass 1 makes it."""
    names: list[str] = []
    best = bytearray()
    confidence, margin = array("d"), array("d")
    for key, payloads in sorted(index.finder.payloads.items()):
        if BLOCK in payloads or "\n" in key:  # (no key holds a line break: kept one a line)
            continue
        cands = candidates(index, payloads)
        if len(cands) < 2:
            continue
        m = Mention(0, 0, key, cands, 0)
        choose(m, noun_codes=frozenset(), context_admin1={}, context_country={}, anchors=())
        names.append(key)
        best.append(next(i for i, e in enumerate(cands) if e is m.chosen))
        confidence.append(m.confidence)
        margin.append(m.score_margin)
    return "\n".join(names), bytes(best), confidence, margin
