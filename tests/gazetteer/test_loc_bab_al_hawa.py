"""Bab al-Hawa named bare in the news is the border crossing with Turkey in Idlib's Harim
district, not one of the villages of the name (Hasakah, Homs); a qualifier still picks them."""

from __future__ import annotations

import rasad


def _admin1(text: str, name: str) -> list[str]:
    places = rasad.extract(text, published="2024-05-01")["places"]
    return [p.get("admin1") for p in places if p["name"] == name]


def test_the_crossing_is_in_idlib():
    text = "دخلت قافلة مساعدات عبر معبر باب الهوى الحدودي مع تركيا."
    assert _admin1(text, "Bab al Hawa") == ["Idleb"]


def test_a_qualified_village_keeps_its_province():
    text = "قتل مدنيان في قصف على قرية باب الهوى في ريف الحسكة."
    assert _admin1(text, "Bab al Hawa") == ["Al Hasakeh"]
