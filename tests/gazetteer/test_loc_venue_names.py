"""A venue named after a place ("مطعم بومباي", "فندق القاهرة") is no place of the story when
the sentence goes on to say where the venue is; the venue's place stays the scene."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str]]:
    return [
        (p["name"], p["country"]) for p in rasad.extract(text, published="2021-02-01")["places"]
    ]


def test_a_restaurant_named_bombay_in_rabat():
    places = _places("دوى انفجار داخل مطعم بومباي في وسط مدينة الرباط مساء الجمعة.")
    assert ("Mumbai", "IN") not in places
    assert ("Rabat", "MA") in places


def test_a_hotel_named_cairo_in_tripoli():
    places = _places("تعرض فندق القاهرة في مدينة طرابلس الليبية لهجوم مسلح فجر اليوم.")
    assert ("Cairo", "EG") not in places
    assert ("Tripoli", "LY") in places


def test_a_venue_nothing_else_locates_keeps_its_place():
    # near miss: no other place in the sentence says where the hotel is
    assert ("Baghdad", "IQ") in _places("قتل ثلاثة أشخاص في هجوم انتحاري على فندق بغداد.")


def test_a_venue_with_a_preposition_before_the_place_is_there():
    # near miss: "مطعم في القاهرة" is a restaurant in Cairo
    assert ("Cairo", "EG") in _places("أصيب خمسة في انفجار داخل مطعم في القاهرة قرب ميدان التحرير.")


def test_a_school_named_after_its_village_keeps_the_village():
    # near miss: a venue named after a small place is named after its own
    names = [n for n, _ in _places("اعتدى مناصرون على مرشحة في مدرسة صربين في بنت جبيل.")]
    assert "Srobbine" in names


def test_a_hospital_named_after_its_own_quarter_keeps_the_quarter():
    # near miss: the Mezzeh hospital lies in Mezzeh, a quarter of Damascus
    assert ("Mazzeh", "SY") in _places("ونقل الجرحى إلى مستشفى المزة في دمشق بعد القصف.")
