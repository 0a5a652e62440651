"""Two neighbouring towns are two scenes, not a city and its quarter.

The merge takes two places a few km apart for one scene (merge_scene.SAME_PLACE_KM): a city
and its quarter ("قصف حي جوبر" and "قصف دمشق"). Two towns of their own that stand that close
("قصفت طائرة حربية مدينة حرستا … قتلوا بغارة جوية على مدينة دوما") are not one: ACLED codes one
event per location, and the merged event took one town and one town's dead. Two places are
two towns when both are ordinary towns or villages of the gazetteer (feature code PPL, not a
section of a city, not an administrative seat), neither is a large city (whose quarters the
gazetteer may list as towns), they lie apart (not two names of one point), neither sentence
names the other's town (a sentence naming both tells of one scene near the other), and each
account tells its own dead (each toll is one town's; an account without one may be the same
act placed by a clause about another).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.geo import km_between

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

_TOWN_CODES = frozenset({"PPL"})
APART_KM = 2.0  # closer points are one place named twice, or a site inside the town
_CITY_POPULATION = 500_000  # a city this large holds quarters the gazetteer lists as towns


def two_towns(a: Mention, b: Mention) -> bool:
    """Both mentions name a town of their own, the two towns apart: two scenes."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or not (a.place_explicit and b.place_explicit):
        return False
    if a.casualty_only or b.casualty_only or not (a.deaths_stated and b.deaths_stated):
        # a toll of its own at each town tells two acts; an account without one may be the
        # same act placed by a clause about another ("شن غارات ردا على قصف … في حرستا"); a
        # toll without an act may be counted where the dead were taken ("وصل 5 قتلى إلى مستشفى
        # … بدير البلح")
        return False
    na, nb = getattr(pa, "name", None), getattr(pb, "name", None)
    if na == nb or na in b.place_names or nb in a.place_names:
        return False
    if not all(_town(p) for p in (pa, pb)):
        return False
    km = km_between(pa, pb)
    return km is not None and km > APART_KM


def _town(place: object) -> bool:
    if str(getattr(place, "feature_code", "") or "") not in _TOWN_CODES:
        return False
    return _population(place) < _CITY_POPULATION


def _population(place: object) -> int:
    place_id = getattr(place, "geonameid", None)
    if not place_id:
        return 0
    from rasad.gazetteer.index import default_index  # loaded once, only when asked

    entry = default_index().get(str(place_id))
    return entry.population if entry is not None else 0
