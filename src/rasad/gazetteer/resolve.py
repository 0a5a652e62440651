"""Choosing among homonyms: type and population priors, place nouns, qualifiers, article context.

"جوبر" is a Damascus neighbourhood and a village near Homs; "اليرموك" a Damascus camp and a
Baghdad district. Each candidate gets its prior (feature type, population, overlay weight) plus
bonuses from evidence in the text: a place noun before the name that fits its type ("حي",
"مخيم", "محافظة"), an explicit qualifier after it that names its governorate, country or a place
near it ("في ريف إدلب", "جنوب دمشق"), and the other places of the article.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from rasad.gazetteer.index import Entry

QUALIFIER_ADMIN1 = 5.0  # the qualifier is the candidate's governorate (or a place in it)
QUALIFIER_NEAR = 4.0  # the qualifier is a place within NEAR_KM of the candidate
QUALIFIER_COUNTRY = 3.0
QUALIFIER_MISMATCH = -2.0  # a qualifier names another governorate
PLACE_NOUN_FIT = 1.5
CONTEXT_ADMIN1 = 1.2
CONTEXT_COUNTRY = 1.5
CONTEXT_NEAR = 1.0
NEAR_KM = 40.0
BIG_CITY = 100_000
BIG_CITY_BONUS = 1.0


def distance_km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def near(a: Entry, b: Entry, km: float = 40.0) -> bool:
    """Whether two entries lie within ``km`` (a cheap box test first: this runs per candidate)."""
    deg = km / 111.0
    if abs(a.lat - b.lat) > deg or abs(a.lon - b.lon) > deg * 3:
        return False
    return distance_km(a, b) <= km


@dataclass(slots=True)
class Mention:
    """A place mention being resolved (internal to the stage)."""

    start: int
    end: int
    key: str
    candidates: list[Entry]
    sentence: int
    noun: str = ""  # place noun right before ("حي", "مخيم", "محافظة"), normalised
    qualifier: Mention | None = None  # the place that qualifies this one ("X في ريف إدلب")
    qualifies: bool = False  # this mention is itself a qualifier of an earlier place
    chosen: Entry | None = None
    confidence: float = 1.0
    score_margin: float = 0.0
    extra: dict[str, str] = field(default_factory=dict)


def _noun_fit(entry: Entry, noun_codes: frozenset[str]) -> float:
    if not noun_codes:
        return 0.0
    return PLACE_NOUN_FIT if entry.feature_code in noun_codes else -PLACE_NOUN_FIT / 2


def _qualifier_bonus(entry: Entry, qual: Entry) -> float:
    if qual.feature_code in ("PCLI", "PCLD"):
        return QUALIFIER_COUNTRY if entry.country == qual.country else QUALIFIER_MISMATCH
    if entry.country != qual.country:
        return QUALIFIER_MISMATCH
    if qual.admin1 and entry.admin1 == qual.admin1:
        return QUALIFIER_ADMIN1
    if near(entry, qual, NEAR_KM):
        return QUALIFIER_NEAR
    return QUALIFIER_MISMATCH


_STATIC: dict[int, tuple[Entry, float, float]] = {}


def _static(entry: Entry) -> tuple[float, float]:
    """(prior, big-city bonus) of an entry: they depend on the entry alone (cached)."""
    hit = _STATIC.get(id(entry))
    if hit is not None and hit[0] is entry:
        return hit[1], hit[2]
    big = 0.0
    if entry.population >= BIG_CITY and entry.feature_code.startswith("PPL"):
        # a big city outweighs a village of the article's country
        big = BIG_CITY_BONUS * (2 if entry.population >= 1_000_000 else 1)
    if len(_STATIC) > 200_000:
        _STATIC.clear()
    _STATIC[id(entry)] = (entry, entry.prior, big)
    return entry.prior, big


def _near_any(entry: Entry, anchors: Sequence[Entry]) -> bool:
    """``any(near(a, entry, NEAR_KM) for a in anchors if a is not entry)``, box test inlined."""
    deg = NEAR_KM / 111.0
    lat, lon = entry.lat, entry.lon
    for a in anchors:
        if (
            a is not entry
            and abs(a.lat - lat) <= deg
            and abs(a.lon - lon) <= deg * 3
            and distance_km(a, entry) <= NEAR_KM
        ):
            return True
    return False


def score(
    entry: Entry,
    mention: Mention,
    *,
    noun_codes: frozenset[str],
    context_admin1: Counter[str],
    context_country: Counter[str],
    anchors: Sequence[Entry],
) -> float:
    """The candidate's prior plus the evidence of the text for it."""
    return _score(
        entry,
        mention.qualifier.chosen if mention.qualifier is not None else None,
        noun_codes,
        context_admin1,
        max(context_admin1.values(), default=0),
        context_country,
        max(context_country.values(), default=0),
        anchors,
    )


def _score(
    entry: Entry,
    qual: Entry | None,
    noun_codes: frozenset[str],
    context_admin1: Counter[str],
    max_admin1: int,
    context_country: Counter[str],
    max_country: int,
    anchors: Sequence[Entry],
) -> float:
    prior, big = _static(entry)
    s = prior + _noun_fit(entry, noun_codes)
    if big:
        s += big
    if qual is not None:
        s += _qualifier_bonus(entry, qual)
    # the article's places vote, in proportion: one Lebanese name in a Libyan story weighs little
    if entry.admin1 and context_admin1:
        votes = context_admin1.get(entry.admin1)
        if votes:
            s += CONTEXT_ADMIN1 * votes / max_admin1
    if context_country:
        votes = context_country.get(entry.country)
        if votes:
            s += CONTEXT_COUNTRY * votes / max_country
    if anchors and entry.geo_precision == 1 and _near_any(entry, anchors):
        s += CONTEXT_NEAR
    return s


def choose(
    mention: Mention,
    *,
    noun_codes: frozenset[str],
    context_admin1: Counter[str],
    context_country: Counter[str],
    anchors: Sequence[Entry],
) -> None:
    """Set ``mention.chosen`` and ``mention.confidence`` from the candidates' scores."""
    qual = mention.qualifier.chosen if mention.qualifier is not None else None
    max_a1 = max(context_admin1.values(), default=0)
    max_cc = max(context_country.values(), default=0)
    scored = sorted(
        (
            (
                _score(e, qual, noun_codes, context_admin1, max_a1, context_country, max_cc,
                       anchors),
                i,
            )
            for i, e in enumerate(mention.candidates)
        ),
        reverse=True,
    )
    best_score, best = scored[0]
    mention.chosen = mention.candidates[best]
    if len(scored) == 1:
        mention.confidence = 0.9
        mention.score_margin = 10.0
        return
    # Same place under several records (a city, its district and its governorate share a
    # name): the margin against a far-away alternative is what measures ambiguity.
    rivals = [s for s, i in scored[1:] if not near(mention.candidates[i], mention.chosen, 10.0)]
    margin = best_score - rivals[0] if rivals else 10.0
    mention.score_margin = margin
    mention.confidence = round(0.5 + 0.45 * (1 - math.exp(-margin)), 3)


def prefilter(candidates: Sequence[Entry], *, limit: int = 30) -> list[Entry]:
    """Keep the best ``limit`` candidates by prior (a common name can have hundreds)."""
    if len(candidates) <= limit:
        return list(candidates)
    return sorted(candidates, key=lambda e: e.prior, reverse=True)[:limit]
