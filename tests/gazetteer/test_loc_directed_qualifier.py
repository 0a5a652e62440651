"""A village placed by a direction from a city of another governorate ("مدينة الشرقاط جنوب
الموصل") may lie well beyond the city's suburbs: it is kept when it lies in the direction told,
within the directed reach, and read as an unlisted place by the city when it lies the other way."""

from __future__ import annotations

from .conftest import run_places


def _values(text, index):
    return {t: s.value for t, s in run_places(text, index)}


def test_a_town_in_the_direction_told_from_a_far_city_is_kept(packaged_index):
    text = "قتل القيادي في التنظيم خلال اشتباكات في مدينة الشرقاط جنوب الموصل قبل عامين."
    town = _values(text, packaged_index)["الشرقاط"]
    assert (town.country, town.admin1) == ("IQ", "Sala al-Din")
    assert town.geo_precision == 1


def test_a_town_the_other_way_from_the_city_is_no_such_place(packaged_index):
    text = "قتل القيادي في التنظيم خلال اشتباكات في مدينة الشرقاط شمال الموصل قبل عامين."
    town = _values(text, packaged_index)["الشرقاط"]
    assert town.admin1 != "Sala al-Din"
