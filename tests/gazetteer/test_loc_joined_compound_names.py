"""Compound names the news writes as one word: "ديرالزور" (with the article after a place head
noun) and "خانيونس" are Deir ez-Zor and Khan Yunis; a kunya joined the same way ("أبوالخير")
stays a person's name."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2020-07-01")["places"]]


def test_joined_deir_ez_zor():
    assert "Deir ez-Zor" in _names("قتل خمسة مدنيين بقصف جوي على أحياء مدينة ديرالزور شرقي سوريا.")


def test_joined_khan_yunis():
    assert "Khan Yunis" in _names("استشهد شاب برصاص الاحتلال شرق خانيونس جنوبي قطاع غزة.")


def test_joined_kunya_is_no_place():
    names = _names("التقى الوزير بالشيخ أبوالخير في مكتبه أمس.")
    assert names == []
