"""A directional countryside lies in that direction from the city, not at the city.

"ريف حمص الجنوبي الشرقي" was placed at Homs city, some 80 km from the countryside it names. Its
point is now the mean of the governorate's settlements that lie in that direction from the
city (computed from the index, for every governorate alike); without a direction, or without
enough settlements there, the city's point stays."""

from __future__ import annotations

import math

import rasad
from rasad.gazetteer.countryside import countryside_point
from rasad.gazetteer.index import Entry, PlaceIndex


def _place(text: str) -> dict:
    places = rasad.extract(text, published="2018-06-01")["places"]
    [place] = [p for p in places if "ريف" in p["mention"]]
    return place


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dy = (lat2 - lat1) * 111.2
    dx = (lon2 - lon1) * 111.2 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


HOMS = (34.727, 36.723)
ALEPPO = (36.202, 37.158)


def test_south_eastern_homs_countryside_lies_south_east_of_the_city():
    p = _place("قصفت الطائرات مواقع للتنظيم في ريف حمص الجنوبي الشرقي.")
    assert p["geo_precision"] == 2 and p["admin1"] == "Homs"
    assert p["lat"] < HOMS[0] - 0.1 and p["lon"] > HOMS[1] + 0.2
    assert 30 < _km(*HOMS, p["lat"], p["lon"]) < 120


def test_northern_aleppo_countryside_lies_north_of_the_city():
    p = _place("سيطرت الفصائل على ثلاث قرى في ريف حلب الشمالي بعد معارك عنيفة.")
    assert p["lat"] > ALEPPO[0] + 0.15
    assert abs(p["lon"] - ALEPPO[1]) < 0.3


def test_western_and_eastern_countryside_of_one_city_differ():
    west = _place("قتل ثلاثة مدنيين في قصف على ريف حماة الغربي.")
    east = _place("قتل ثلاثة مدنيين في قصف على ريف حماة الشرقي.")
    assert west["lon"] + 0.3 < east["lon"]


def test_a_countryside_without_direction_stays_at_the_city():
    p = _place("قتل ثلاثة مدنيين في قصف على ريف حلب.")
    assert _km(*ALEPPO, p["lat"], p["lon"]) < 5


def _entry(i: int, lat: float, lon: float, admin1: str = "A") -> Entry:
    return Entry(f"t:{i}", f"V{i}", f"قرية{i}", "SY", admin1, "", lat, lon, "PPL", 0, "test")


def test_too_few_settlements_in_that_direction_give_no_point():
    city = _entry(0, 35.0, 37.0)
    north = [_entry(i, 35.2 + i / 100, 37.0) for i in range(1, 4)]
    index = PlaceIndex([city, *north])
    assert countryside_point(index, city, "north") is None


def test_only_the_governorates_settlements_in_the_sector_count():
    city = _entry(0, 35.0, 37.0)
    north = [_entry(i, 35.4, 37.0 + (i - 3) / 50) for i in range(1, 6)]
    south = [_entry(i, 34.5, 37.0) for i in range(6, 12)]
    elsewhere = [_entry(i, 35.8, 37.0, admin1="B") for i in range(12, 20)]
    index = PlaceIndex([city, *north, *south, *elsewhere])
    lat, lon = countryside_point(index, city, "north")  # type: ignore[misc]
    assert abs(lat - 35.4) < 1e-9 and abs(lon - 37.0) < 1e-9


def test_a_governorate_named_after_its_city_takes_directions_from_the_city():
    # "ريف دمشق" is the governorate; its eastern countryside is east of Damascus (the Ghouta),
    # not east of the governorate's middle out in the desert
    damascus = (33.510, 36.291)
    east = _place("قتل خمسة مدنيين في غارات على ريف دمشق الشرقي.")
    west = _place("قتل خمسة مدنيين في غارات على ريف دمشق الغربي.")
    assert damascus[1] + 0.1 < east["lon"] < 37.0
    assert west["lon"] < damascus[1] - 0.1
    assert _km(*damascus, east["lat"], east["lon"]) < 60


def test_a_countryside_is_worked_out_once_per_index_and_answered_alike_after():
    from rasad.gazetteer import countryside
    from rasad.gazetteer.index import default_index

    index = default_index()
    [homs] = [e for e in index.lookup("حمص") if e.feature_code == "ADM1" and e.country == "SY"][:1]
    first = countryside_point(index, homs, "south-east")
    answers = countryside._SETTLEMENTS[id(index)][2]
    assert answers[(homs.id, "south-east", "")] == first
    assert countryside_point(index, homs, "south-east") == first


def test_one_governorates_points_are_those_of_the_whole_index_in_it():
    from rasad.gazetteer.index import default_index

    index = default_index()
    whole = [p for p in index.points() if p[0] == "SY" and p[1] == "Homs"]
    assert len(whole) > 50
    assert list(index.points_in("SY", "Homs")) == whole


def test_the_cached_table_holds_each_governorates_settlements_in_the_index_order(
    tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from rasad.gazetteer import countryside
    from rasad.gazetteer.index import default_index

    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path))
    index = default_index()
    built = countryside._cached_table(index)  # built in one pass, then written
    assert [p.name.split("-")[:2] for p in tmp_path.glob("*.pickle")] == [["area", "settlements"]]
    read = countryside._cached_table(index)  # read back from the cache
    for area in (("SY", "Homs"), ("SY", "Aleppo"), ("SY", "Rural Damascus"), ("IQ", "Ninewa")):
        plain = [
            (lat, lon) for _, _, code, lat, lon in index.points_in(*area) if code.startswith("PPL")
        ]
        assert len(plain) > 20
        for table in (built, read):
            assert countryside._area_settlements(index, {}, *area, table) == plain
    assert countryside._area_settlements(index, {}, "SY", "No Such Area", read) == []


def test_an_index_made_in_memory_reads_its_own_rows_without_a_cached_table() -> None:
    from rasad.gazetteer import countryside

    index = PlaceIndex([_entry(i, 35.0 + i / 100, 36.0, "Hama") for i in range(6)])
    assert countryside._cached_table(index) is None
    assert countryside._area_settlements(index, {}, "SY", "Hama") == [
        (35.0 + i / 100, 36.0) for i in range(6)
    ]
