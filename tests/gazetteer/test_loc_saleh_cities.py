"""Two housing cities named for Saleh are fronts and prisons of the Yemen war: one on the eastern
edge of Hudaydah city (a 2018 battle front), one in al-Hawban east of Taizz (a Houthi prison).
Neither was in the index, so "مدينة الصالح" fell back to the nearest named area; the context
chooses between the two overlay records."""

from __future__ import annotations

import rasad


def _place(text: str) -> dict:
    places = rasad.extract(text, published="2018-06-01")["places"]
    return next(p for p in places if p["mention"] == "مدينة الصالح")


def test_saleh_city_on_the_west_coast_is_in_hudaydah():
    p = _place("استهدفت غارات التحالف تعزيزات عسكرية في مدينة الصالح بالساحل الغربي.")
    assert (p["admin1"], p["geo_precision"]) == ("Al Hudaydah", 1)


def test_saleh_city_in_hawban_is_in_taizz():
    p = _place("احتجز الحوثيون عشرات المسافرين في مدينة الصالح بالحوبان شرقي تعز.")
    assert (p["admin1"], p["geo_precision"]) == ("Taizz", 1)
