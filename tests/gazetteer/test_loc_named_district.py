"""A village its qualifier puts in a named district where the index lists no place of that
name is an unlisted place of that district (ACLED codes such a locality at the nearest known
place, geo_precision 2), not a namesake in another district of the governorate."""

from __future__ import annotations

import rasad
from rasad.geo import haversine_km

TAIZIYAH = (13.681, 44.065)  # the district's point


def _places(text: str) -> list[dict]:
    return rasad.extract(text, published="2018-05-01")["places"]


def test_a_village_of_a_district_without_a_listed_namesake_is_placed_at_the_district():
    places = _places(
        "نزحت عشرات الأسر من منطقة الحيمة، بمديرية التعزية شمال شرق تعز، بعد قصف عنيف، "
        "واعتقل المسلحون ثلاثة مدنيين من قرية شقب بالحيمة."
    )
    by_mention = {p["mention"]: p for p in places}
    hayma = by_mention["الحيمة"]
    assert hayma["geo_precision"] == 2
    assert haversine_km(hayma["lat"], hayma["lon"], *TAIZIYAH) < 1
    shaqab = by_mention["شقب"]  # located by الحيمة: it follows
    assert haversine_km(shaqab["lat"], shaqab["lon"], *TAIZIYAH) < 1


def test_a_namesake_inside_the_named_district_is_kept():
    places = _places("قصفت الميليشيا قرية الحيمة بمديرية جبل حبشي غرب تعز.")
    hayma = next(p for p in places if p["mention"] == "الحيمة")
    assert hayma["geo_precision"] == 1
    assert haversine_km(hayma["lat"], hayma["lon"], *TAIZIYAH) > 15


def test_a_clan_village_in_another_district_keeps_its_name_at_the_district():
    # every listed آل جابر lies outside Majzar (the Marib one 78 km off, in Marib district)
    place = next(p for p in _places("سقطت قذيفة في آل جابر بمديرية مجزر.")
                 if p["mention"] == "آل جابر")
    assert (place["admin1"], place["geo_precision"]) == ("Marib", 2)
    assert haversine_km(place["lat"], place["lon"], 15.880, 44.812) < 1
