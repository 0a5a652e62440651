"""Squares used figuratively: "ساحة" and "ميدان" as the arena of a field of activity
("على ساحة الموضة", "ميدان السباق السياسي") name no square (cues.yaml not_local_names);
a square with a name stays."""

from __future__ import annotations

import rasad


def _local(text: str) -> set[str]:
    places = rasad.extract(text, published="2018-06-01")["places"]
    return {p["mention"] for p in places}


def test_the_fashion_scene_is_no_square():
    found = _local("وكان المصمم الراحل من أبرز الأسماء على ساحة الموضة في لندن خلال العقد الماضي.")
    assert found == {"لندن"}


def test_the_political_race_is_no_square():
    found = _local("وخرج الوزير من ميدان السباق السياسي في باريس بعد الفضيحة.")
    assert not any(m.startswith("ميدان") for m in found)


def test_the_diplomatic_arena_is_no_square():
    found = _local("وحققت الوزارة نجاحا على ساحة الدبلوماسية الأميركية في واشنطن هذا العام.")
    assert not any(m.startswith("ساحة") for m in found)


def test_the_field_of_accommodation_is_no_square():
    found = _local("وتقدم الفنادق أفضل الخدمات في ميدان الإقامة في مدينة مراكش.")
    assert not any(m.startswith("ميدان") for m in found)


def test_a_named_square_stays():
    assert "ميدان السباع" in _local("وتجمع المتظاهرون في ميدان السباع في القاهرة.")
    assert "ساحة السبع بحرات" in _local("وتجمع المتظاهرون في ساحة السبع بحرات وسط دمشق.")
