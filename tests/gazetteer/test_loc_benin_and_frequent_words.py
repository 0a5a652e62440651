"""Benin, a country the list lacked ("دولة بنين" became Benin City in Nigeria), and words that
are place names only in context: "الصفراء" (yellow: a card, a fever, a beach; also a Saada
district), "مدان" (convicted; Medan is written ميدان), "العشرين" (twenty)."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[dict]:
    return rasad.extract(text, published="2015-07-20")["places"]


def _names(text: str) -> set[str]:
    return {p["name"] for p in _places(text)}


def test_the_state_of_benin_is_the_country():
    place = next(p for p in _places("حذرت فرنسا رعاياها من السفر إلى دولة بنين في غرب أفريقيا.")
                 if p["mention"] == "بنين")
    assert (place["country"], place["geo_precision"]) == ("BJ", 3)


def test_benin_in_a_list_of_countries_is_not_a_nigerian_city():
    names = _names("شاركت في القوة نيجيريا والنيجر وتشاد والكاميرون وبنين.")
    assert "Benin" in names
    assert "Benin City" not in names


def test_boys_schools_are_no_place():
    assert not any(p["mention"] == "بنين" for p in _places("افتتحت الوزارة مدارس بنين جديدة."))


def test_yellow_card_and_yellow_fever_are_no_places():
    names = _names("أشهر الحكم البطاقة الصفراء مرتين، وحذرت الوزارة من الحمى الصفراء.")
    assert not any("Safra" in n for n in names)


def test_the_saada_district_of_as_safra_after_a_place_noun():
    place = next(p for p in _places("قتل خمسة في غارة على مديرية الصفراء في محافظة صعدة.")
                 if p["mention"] == "الصفراء")
    assert place["admin1"] == "Sadah"


def test_convicted_and_twenty_are_no_places():
    names = _names("أطلق سراح أصغر مدان بالقتل، وكان انتقل إلى نادي بازل وهو في العشرين.")
    assert "Medan" not in names
    assert "Al Ashrin" not in names
