"""Where and when two accounts can tell one event (the merge's place and date tests).

A mention without its own place or day fits any; otherwise the same place, a city and its
quarter, a coarser area around the finer place (a region, a province, a country holding the
town), or a day range holding the other's day, or a source speaking days after the act it
names definitely. Kept apart from merge.py, which weighs types and sides: the atomic split,
"another act" (another.py) and the record read these scene tests too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasad.events.two_towns import two_towns
from rasad.geo import km_between

if TYPE_CHECKING:
    from rasad.events.arguments import Mention

SAME_PLACE_KM = 8.0  # two names this close are one scene (a city and its quarter)
COARSE_KM = 40.0  # a coarser place ("southern Damascus") covers finer ones this close
# a source speaking within the week refers back to an act it names definitely
_SAID_LATER_DAYS = 7


def place_ok(a: Mention, b: Mention) -> bool:
    """Same place, a shared place of the two sentences, or one a coarser area around the other."""
    if a.country_wide != b.country_wide and a.place is not None and b.place is not None:
        # "سقوط 125 قتيلا … في مختلف أنحاء سوريا": a country-wide tally is no town's account
        return getattr(a.place, "name", None) == getattr(b.place, "name", None)
    if not a.place_explicit or not b.place_explicit or a.place is None or b.place is None:
        return True
    pa, pb = a.place, b.place
    if getattr(pa, "name", None) == getattr(pb, "name", None):
        return True
    km = km_between(pa, pb)
    loose = a.sub_event_type == b.sub_event_type or "Attack" in (a.sub_event_type, b.sub_event_type)
    if loose and km is not None and km <= SAME_PLACE_KM and not two_towns(a, b):
        return True  # a city and its quarter, one scene; two neighbouring towns are two
    if a.sub_event_type == b.sub_event_type and (
        getattr(pa, "name", None) in b.place_names or getattr(pb, "name", None) in a.place_names
    ):  # one sentence lists several places ("from Tadamon, Yarmouk and Hajar al-Aswad")
        return True
    if a.sub_event_type == b.sub_event_type and is_area(pa) != is_area(pb):
        # "غارة على موقع في ريف دير الزور الجنوبي الشرقي" and "غارة قرب البوكمال": a region's
        # coordinates are a representative point, so distance says nothing; a place inside
        # the region (same province) is the more specific account of the same scene
        aa, ab = getattr(pa, "admin1", None), getattr(pb, "admin1", None)
        if aa and aa == ab and not _outside_district(pa, pb):
            return True
    if a.event_type == b.event_type and is_country(pa) != is_country(pb):
        # ACLED codes an event at its most specific place: "protests broke out in Jordan" and
        # "hundreds protested in Amman" the same day are one event, placed in Amman
        ca, cb = getattr(pa, "country", None), getattr(pb, "country", None)
        return bool(ca) and str(ca).upper() == str(cb or "").upper()
    if a.sub_event_type == b.sub_event_type and a.place_near != b.place_near:
        # "هجوم انتحاري … قرب مدينة كركوك" and "استهدف مقرا للشرطة في قضاء الدبس": a town
        # within reach of the place the event was told near is where it happened
        km = km_between(pa, pb)
        if km is not None and km <= COARSE_KM:
            return True
    ga, gb = getattr(pa, "geo_precision", 1) or 1, getattr(pb, "geo_precision", 1) or 1
    if ga == gb or a.sub_event_type != b.sub_event_type:
        return False
    coarse, fine = (pa, pb) if ga > gb else (pb, pa)
    if str(getattr(coarse, "feature_code", "") or "") == "ADM1":
        # "غارات على مواقع شمالي محافظة البيضاء" and "الغارات … في مديرية الملاجم": a province
        # holds every place of its own, however far from the province's representative point
        return getattr(coarse, "admin1", None) == getattr(fine, "admin1", None)
    km = km_between(pa, pb)
    if km is not None:
        return km <= COARSE_KM
    aa, ab = getattr(pa, "admin1", None), getattr(pb, "admin1", None)
    return aa is None or ab is None or aa == ab


def may_locate(place: object, other: object) -> bool:
    """``other``, named in the sentence that tells ``place``, can be what locates it ("مدينة
    حيس جنوب الحديدة"): one province, or near. A town of another province the sentence names
    for something else ("معركة الزبداني … باتجاه بريتال في البقاع", "استدعت منتسبيها في
    الحديدة … للقتال في تعز") locates nothing. A capital of the place's own country may be the
    country itself read as its namesake city ("فندق في مدينة سوسة في تونس"): it may locate."""
    pa, pb = getattr(place, "admin1", None), getattr(other, "admin1", None)
    if pa and pa == pb:
        return True
    country = getattr(place, "country", None)
    if getattr(other, "feature_code", None) == "PPLC" and country == getattr(other, "country", 0):
        return True
    km = km_between(place, other)
    return km is not None and km <= COARSE_KM


def _outside_district(pa: object, pb: object) -> bool:
    """One place is a district (ADM2) and the other lies in another district of the province:
    "سيطرتهم على مدينة العين جنوب مدينة لودر" (Lawdar district) and "اجتاحوا مدينة شقرة"
    (Khanfir district) are two scenes, though one province holds both."""
    area, point = (pa, pb) if is_area(pa) else (pb, pa)
    if not str(getattr(area, "feature_code", "") or "").startswith("ADM2"):
        return False
    mine, its = getattr(area, "admin2", None), getattr(point, "admin2", None)
    return bool(mine and its and mine != its)


_AREA_CODES = ("RGN", "ADM1", "ADM2", "ADM3", "ADMD", "AREA")


def is_area(place: object) -> bool:
    """A region or an administrative area (not a point, not a whole country)."""
    return str(getattr(place, "feature_code", "") or "").startswith(_AREA_CODES)


def is_country(place: object) -> bool:
    """A whole country (GeoNames feature codes PCL*): no scene of its own."""
    return str(getattr(place, "feature_code", "") or "").startswith("PCL")


def date_ok(a: Mention, b: Mention) -> bool:
    """The same day, a range containing the other's day, or a mention without a day of its
    own; the day a source spoke ("وقالت السلطات، الخميس، إن عدد ضحايا الهجوم بلغ 34") is at
    most a day after the event it tells of."""
    if not a.date_explicit or not b.date_explicit or a.date is None or b.date is None:
        return True
    if a.date_said or b.date_said:
        if abs((a.date - b.date).days) <= 1:
            return True
        # a toll or a definite mention told days after the act ("وقال مسؤول، الإثنين، إن 7
        # مسلحين قتلوا في الاشتباكات" of Saturday's clashes) refers back to it: the day the
        # source spoke is only the latest the act can have been
        said, act = (a, b) if a.date_said else (b, a)
        return (
            not act.date_said
            and (said.anaphoric or said.casualty_only)
            and 0 <= (said.date - act.date).days <= _SAID_LATER_DAYS
        )
    if a.date == b.date:
        return True
    ra, rb = a.date_range, b.date_range
    return bool(ra and rb and ra[0] <= rb[1] and rb[0] <= ra[1])


def one_day(a: Mention, b: Mention) -> bool:
    """The same day; a day the sentence did not name (the article's) may be a day off."""
    if a.date is None or b.date is None:
        return False
    if a.date_explicit and b.date_explicit:
        return date_ok(a, b)
    return abs((a.date - b.date).days) <= 1


def one_scene(a: Mention, b: Mention) -> bool:
    """The same place, one close by (a town and its quarter), or a region and a place in it."""
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return False
    if getattr(pa, "name", None) == getattr(pb, "name", None):
        return True
    km = km_between(pa, pb)
    if km is not None and km <= SAME_PLACE_KM:
        return True
    aa = getattr(pa, "admin1", None)
    return is_area(pa) != is_area(pb) and bool(aa) and aa == getattr(pb, "admin1", None)
