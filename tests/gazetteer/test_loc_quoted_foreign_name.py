"""A world city matched on one word of a short quoted foreign name is part of that name (a
base, a street, a product, a firm), not the city: «فورت هود», «أكسفورد ستريت»."""

from __future__ import annotations

import rasad


def _names(text: str) -> set[str]:
    return {p["name"] for p in rasad.extract(text, published="2015-07-20")["places"]}


def test_a_quoted_base_name_is_not_a_german_city():
    names = _names("وقع إطلاق نار داخل قاعدة «فورت هود» العسكرية في ولاية تكساس.")
    assert "Furth" not in names


def test_a_quoted_street_is_not_the_city():
    names = _names("تسوقت العائلة في شارع «أكسفورد ستريت» الشهير خلال عطلتها.")
    assert "Oxford" not in names


def test_a_quoted_product_is_not_the_capital():
    names = _names("اشترت الأم ملصقات «صن برن أليرت» لحماية أطفالها من الشمس.")
    assert "Bern" not in names


def test_a_city_alone_in_quotes_stays():
    names = _names("وصل الوفد إلى مدينة «أكسفورد» البريطانية أمس.")
    assert "Oxford" in names


def test_a_quoted_city_with_a_place_noun_stays():
    names = _names("عقد المؤتمر في «مدينة أكسفورد» بحضور خبراء.")
    assert "Oxford" in names


def test_a_city_after_closed_quotes_stays():
    names = _names("قال الباحث إن «النتائج مشجعة» في أكسفورد هذا العام.")
    assert "Oxford" in names


def test_a_quoted_institution_closing_with_the_city_stays():
    names = _names("يعبر آلاف السياح «جسر لندن» كل يوم.")
    assert "London" in names
