""" "العاصمة المالية" is the Malian capital (Bamako) or a financial capital ("مومباي العاصمة
المالية للهند"), never the Latakia village Al Maliyah (المالية): the phrase yields no place,
while the village named as one stays."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2020-07-01")["places"]]


def test_the_malian_capital_is_no_syrian_village():
    assert "Al Maliyah" not in _names("انفجرت سيارة مفخخة في العاصمة المالية وقتل أربعة جنود.")


def test_the_malian_capital_with_a_clitic_is_no_syrian_village():
    assert "Al Maliyah" not in _names("هاجم مسلحون فندقا بالعاصمة المالية صباح الأحد.")


def test_the_capital_named_after_the_phrase_stays():
    names = _names("وصل وفد الأمم المتحدة إلى العاصمة المالية باماكو لبحث الوضع الأمني.")
    assert "Bamako" in names and "Al Maliyah" not in names


def test_the_village_after_a_place_noun_stays():
    assert "Al Maliyah" in _names("قصفت الطائرات قرية المالية في ريف اللاذقية الشمالي.")
