"""Country evidence for the actors stage: which country a sentence, or the whole article, is
about, from its places, its actors named in full and its country words (matching.py weighs
them with ``W_*`` and asks ``CountryHint.at`` for a generic name's country)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from rasad.actors.dictionary import Lexicon
from rasad.actors.speaker import SPEAKER_REACH
from rasad.document import Place, Span

# Weights of the country evidence: where events happen (places, then country and city words)
# beats who is named (a Yemeni group firing at Jazan does not make Jazan Yemeni).
W_EVENT_PLACE = 5
W_PLACE = 2
W_ACTOR = 1
W_WORD = 2


class CountryHint:
    """Country evidence per sentence and for the whole article."""

    def __init__(self, sentences: Sequence[Span], *, filed: str | None = None) -> None:
        self._filed = filed  # the dateline's country: the answer only when nothing else is
        self._bounds = sorted((s.start, s.end) for s in sentences)
        self._starts = [b[0] for b in self._bounds]
        self._article: Counter[str] = Counter()
        self._by_sentence: dict[int, dict[str, int]] = {}  # plain dicts: many, built cheaply

    def same_sentence(self, a: int, b: int) -> bool:
        i = self._sentence(a)
        return i is not None and i == self._sentence(b)

    def near(self, a: int, b: int) -> bool:
        """``b`` lies in the sentence of ``a`` or at most SPEAKER_REACH sentences after it."""
        i, j = self._sentence(a), self._sentence(b)
        return i is not None and j is not None and 0 <= j - i <= SPEAKER_REACH

    def _sentence(self, pos: int) -> int | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._bounds[i][1]:
            return i
        return None

    def add(
        self, pos: int | None, iso: str, weight: int, *, local_weight: int | None = None
    ) -> None:
        """Evidence for ``iso`` at ``pos``: ``weight`` for the article, ``local_weight`` (else
        ``weight``) for its sentence; ``pos`` None: the article only."""
        self._article[iso] += weight
        i = self._sentence(pos) if pos is not None else None
        if i is not None:
            local = self._by_sentence.get(i)
            if local is None:  # (setdefault would build a dict on every call)
                local = self._by_sentence[i] = {}
            local[iso] = local.get(iso, 0) + (weight if local_weight is None else local_weight)

    def add_places(
        self, places: Sequence[Span], lex: Lexicon, speakers: frozenset[int] = frozenset()
    ) -> None:
        """Places count for their country. A place in a country rasad has no country words
        for (Pakistan, Germany) counts in its sentence only where an event happens there, so
        that a passing mention of a capital ("قال مسؤول في واشنطن إن الجيش ...") does not
        decide whose army that sentence means; elsewhere it counts for the article alone.
        ``speakers``: starts of places told as where a speaker is ("وقال المتحدث في واشنطن
        إن …", :mod:`rasad.actors.speaker_place`): no event happens there, whatever its role."""
        for p in places:
            place = p.value
            if not isinstance(place, Place) or place.country is None:
                continue
            scene = place.role == "event_location" and p.start not in speakers
            if place.country in lex.country_words:
                weight = W_EVENT_PLACE if scene else W_PLACE
                self.add(p.start, place.country, weight)
            elif lex.country_name(place.country):
                # and in its sentence with a place's weight only: a sentence that also names a
                # Syrian actor or town ("... في موسكو أنها تساعد الجيش السوري") stays Syrian
                if scene:
                    self.add(p.start, place.country, W_EVENT_PLACE, local_weight=W_PLACE)
                else:
                    self.add(None, place.country, W_PLACE)

    def article_counts(self) -> Counter[str]:
        """A copy of the article's evidence so far (per country)."""
        return Counter(self._article)

    def at(self, pos: int | None) -> str | None:
        if pos is not None:
            i = self._sentence(pos)
            local = _leader(self._by_sentence.get(i)) if i is not None else None
            if local is not None:
                return local
        return _leader(self._article, allow_tie=True) or self._filed


def _leader(counts: dict[str, int] | None, *, allow_tie: bool = False) -> str | None:
    if not counts:
        return None
    # most_common(2) without its heap: the first-seen of the top counts, unless tied
    top = max(counts.values())
    leaders = [iso for iso, n in counts.items() if n == top]
    if len(leaders) > 1 and not allow_tie:
        return None
    return leaders[0]
