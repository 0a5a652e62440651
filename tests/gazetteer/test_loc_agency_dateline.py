"""A town that opens the article as its dateline, followed by a dash or by a Hijri date ("جازان
26 شوال 1436 هـ …"), is a place (role other) even when the index knows it only as a medium
town, which bare needs a preposition or a place noun."""

from __future__ import annotations

import rasad


def _places(text: str) -> set[tuple[str, str]]:
    return {(p["name"], p["role"]) for p in rasad.extract(text, published="2015-08-11")["places"]}


def test_a_town_before_a_hijri_date_is_the_dateline():
    text = "جازان 26 شوال 1436 هـ\n\nأعلنت الإمارة اليوم افتتاح مشروع جديد للطرق."
    assert ("Jizan", "other") in _places(text)


def test_a_town_before_a_dash_is_the_dateline():
    text = "تبوك - أعلنت الإمارة اليوم افتتاح مشروع جديد للطرق في المنطقة."
    assert ("Tabuk", "other") in _places(text)


def test_the_dateline_town_places_a_border_village_in_its_region():
    text = (
        "جازان 26 شوال 1436 هـ\n\nسقطت مقذوفات أطلقتها ميليشيا الحوثي من داخل الأراضي اليمنية"
        " على قرية في محافظة الطوال."
    )
    names = {name for name, _ in _places(text)}
    assert "At Tuwal" in names  # the Saudi border town, not a Yemeni namesake


def test_a_medium_town_opening_a_sentence_midline_is_no_dateline():
    text = "قال مسؤول إن تبوك - حسب قوله - ستشهد مشاريع جديدة."
    assert ("Tabuk", "other") not in _places(text)
