"""A point for a directional countryside: "ريف حمص الجنوبي الشرقي", "ريف حلب الشمالي".

The phrase names the part of the governorate that lies in that direction from the city (for
a governorate named "ريف X", "ريف دمشق الشرقي", from the city X), not the city. Its point
is the mean of the index's settlements of the same governorate whose bearing from the city
falls within 45 degrees of the direction: where the villages of that countryside are,
computed from the gazetteer for every governorate alike. Without such settlements the
city's point stays.
"""

from __future__ import annotations

import math
import sys
from array import array
from typing import TYPE_CHECKING

from rasad.resources import cached_build, digest_of

if TYPE_CHECKING:
    from rasad.gazetteer.index import Entry, PlaceIndex

BEARINGS = {
    "north": 0.0, "north-east": 45.0, "east": 90.0, "south-east": 135.0,
    "south": 180.0, "south-west": 225.0, "west": 270.0, "north-west": 315.0,
}
_HALF_SECTOR = 45.0
_NEAR_KM = 3.0  # the city's own quarters are not its countryside
_MIN_SETTLEMENTS = 5  # fewer: too little to say where that countryside lies

# Every area's settlement points of an index loaded from files, kept in the user's cache
# (rasad.resources.cached_build): ((country, admin1) → (start, stop), latitudes, longitudes),
# the points of one area at start:stop of the two arrays, in the index's order
_Table = tuple[dict[tuple[str, str], tuple[int, int]], "array[float]", "array[float]"]
_TABLE_FORMAT = "area-settlements:1"

# id(index) → (index, (country, admin1) → settlement points, answers already worked out,
# the index's cached table of every area's points or None)
_SETTLEMENTS: dict[
    int,
    tuple[
        object,
        dict[tuple[str, str], list[tuple[float, float]]],
        dict[tuple[str, str, str], tuple[float, float] | None],
        _Table | None,
    ],
] = {}


def _slot(index: PlaceIndex) -> tuple[
    object,
    dict[tuple[str, str], list[tuple[float, float]]],
    dict[tuple[str, str, str], tuple[float, float] | None],
    _Table | None,
]:
    slot = _SETTLEMENTS.get(id(index))
    if slot is None or slot[0] is not index:
        slot = _SETTLEMENTS[id(index)] = (index, {}, {}, _cached_table(index))
    return slot


def _cached_table(index: PlaceIndex) -> _Table | None:
    """The index's table of every area's settlements, from the cache (keyed by the index's
    files and this code) or built in one pass over the index and cached; None for an index
    built in memory. Searching the index's rows for one governorate cost ~30 million
    instructions on its first use in a process (the rows joined, searched and split); the
    cached table loads in a few."""
    digest = index.digest()
    if digest is None:
        return None
    key = digest_of(_TABLE_FORMAT, digest, sys.modules[__name__])
    return cached_build("area-settlements", key, lambda: _build_table(index), kind=tuple)


def _build_table(index: PlaceIndex) -> _Table:
    by_area: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for country, admin1, code, lat, lon in index.points():
        if code.startswith("PPL"):
            by_area.setdefault((country, admin1), []).append((lat, lon))
    areas: dict[tuple[str, str], tuple[int, int]] = {}
    lats, lons = array("d"), array("d")
    for area, points in by_area.items():
        areas[area] = (len(lats), len(lats) + len(points))
        lats.extend(lat for lat, _ in points)
        lons.extend(lon for _, lon in points)
    return areas, lats, lons


def _area_settlements(
    index: PlaceIndex,
    by_area: dict[tuple[str, str], list[tuple[float, float]]],
    country: str,
    admin1: str,
    table: _Table | None = None,
) -> list[tuple[float, float]]:
    """The settlements of one governorate, read the first time it is asked from ``table``
    or, without one, from the index (one area's rows, not the whole index)."""
    found = by_area.get((country, admin1))
    if found is None:
        if table is None:
            found = [
                (lat, lon)
                for _, _, code, lat, lon in index.points_in(country, admin1)
                if code.startswith("PPL")
            ]
        else:
            areas, lats, lons = table
            start, stop = areas.get((country, admin1), (0, 0))
            found = list(zip(lats[start:stop], lons[start:stop], strict=True))
        by_area[(country, admin1)] = found
    return found


def _km_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    km = 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return km, (math.degrees(math.atan2(y, x)) + 360.0) % 360.0


def countryside_point(
    index: PlaceIndex, entry: Entry, direction: str, city: str = ""
) -> tuple[float, float] | None:
    """(lat, lon) of ``entry``'s countryside in ``direction`` ("south-east"), or None.

    ``city``: the city a governorate named after it ("ريف دمشق") is read from; the directions
    of "ريف دمشق الشرقي" are the city's, not those of the governorate's middle."""
    target = BEARINGS.get(direction)
    if target is None or not entry.admin1:
        return None
    _, settlements, answers, table = _slot(index)
    key = (entry.id, direction, city)
    if key not in answers:  # the same countryside comes back in article after article
        answers[key] = _point(index, entry, target, city, settlements, table)
    return answers[key]


def _point(
    index: PlaceIndex,
    entry: Entry,
    target: float,
    city: str,
    settlements: dict[tuple[str, str], list[tuple[float, float]]],
    table: _Table | None = None,
) -> tuple[float, float] | None:
    lat0, lon0 = entry.lat, entry.lon
    if city:
        towns = [
            e for e in index.lookup(city)
            if e.country == entry.country and e.feature_code.startswith("PPL")
        ]
        if towns:
            town = max(towns, key=lambda e: e.population)
            lat0, lon0 = town.lat, town.lon
    lats: list[float] = []
    lons: list[float] = []
    # _km_bearing from (lat0, lon0), inlined over the area's thousands of settlements: the
    # city's own terms computed once, the distance only for a settlement in the sector (the
    # same operations in the same order: the same floats)
    radians, sin, cos = math.radians, math.sin, math.cos
    p1 = radians(lat0)
    cos_p1, sin_p1 = cos(p1), sin(p1)
    for lat, lon in _area_settlements(index, settlements, entry.country, entry.admin1, table):
        p2, dl = radians(lat), radians(lon - lon0)
        cos_p2 = cos(p2)
        y = sin(dl) * cos_p2
        x = cos_p1 * sin(p2) - sin_p1 * cos_p2 * cos(dl)
        bearing = (math.degrees(math.atan2(y, x)) + 360.0) % 360.0
        if abs((bearing - target + 180.0) % 360.0 - 180.0) > _HALF_SECTOR:
            continue
        a = sin((p2 - p1) / 2) ** 2 + cos_p1 * cos_p2 * sin(dl / 2) ** 2
        if 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a))) > _NEAR_KM:
            lats.append(lat)
            lons.append(lon)
    if len(lats) < _MIN_SETTLEMENTS:
        return None
    return sum(lats) / len(lats), sum(lons) / len(lons)
