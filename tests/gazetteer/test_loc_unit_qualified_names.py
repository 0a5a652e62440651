"""A single indefinite word after a generic head ("منطقة X") is read as an adjective ("منطقة
عازلة", a buffer zone) unless an administrative unit qualifies it: "منطقة X بمديرية Y", "منطقة X
التابعة لناحية Y" locate a named area inside the unit, and so does a bearing from a town ("منطقة X
شمال مدينة Y"): placed at the unit or town (ACLED precision 2).
An agreeing participle ("منطقة مأهولة بمديرية Y", an inhabited area) stays no name."""

from __future__ import annotations

import rasad


def _places(text: str) -> dict[str, dict]:
    return {p["mention"]: p for p in rasad.extract(text, published="2018-03-01")["places"]}


def test_an_area_in_a_district_is_a_name():
    places = _places("قصفت المدفعية مواقع المسلحين في منطقة شعفل بمديرية الملاجم.")
    assert places["شعفل"]["geo_precision"] == 2
    assert places["شعفل"]["admin1"] == places["الملاجم"]["admin1"]


def test_an_area_belonging_to_a_subdistrict_is_a_name():
    places = _places("قالت الحركة إنها نفذت هجوما في منطقة كوسرت التابعة لناحية سيدكان.")
    assert places["كوسرت"]["country"] == "IQ"


def test_a_participle_after_the_head_is_no_name():
    assert "مأهولة" not in _places("سقطت قذيفة على منطقة مأهولة بمديرية الملاجم.")
    assert "متاخمة" not in _places("تقدمت القوات في منطقة متاخمة لمديرية الملاجم.")


def test_a_single_word_before_a_town_stays_no_name():
    # only an administrative unit vouches for a single indefinite word: a town does not
    assert "مهجورة" not in _places("عثرت الشرطة على جثة في منطقة مهجورة بمدينة تعز.")


def test_an_area_on_a_bearing_from_a_town_is_a_name():
    # "منطقة X شمال مدينة Y": the bearing from a named town locates a named area too
    places = _places("استهدف قصف جوي مخابئ المسلحين في منطقة حويشة شمال مدينة سامراء.")
    assert places["حويشة"]["geo_precision"] == 2
    assert places["حويشة"]["admin1"] == places["سامراء"]["admin1"]


def test_a_word_near_a_town_with_no_bearing_stays_no_name():
    assert "وعرة" not in _places("سقط الصاروخ في منطقة وعرة قرب مدينة صعدة.")
    assert "مهجورة" not in _places("عثرت الشرطة على جثة في منطقة مهجورة شمال مدينة تعز.")
