"""A place the scene faces ("قبالة منطقة نجران") is a reference point, not the scene."""

from __future__ import annotations

import rasad


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in rasad.extract(text, published="2018-04-01")["events"]]


def test_strikes_on_the_border_strip_facing_a_saudi_town_are_not_placed_in_it():
    text = (
        "شنت طائرات التحالف غارات على مواقع الحوثيين في مديرية عبس بمحافظة حجة."
        " وتركزت الغارات الجوية على تجمعات الحوثيين في الشريط الحدودي قبالة منطقة نجران"
        " جنوبي السعودية."
    )
    assert "Najran" not in _locations(text)


def test_a_town_after_facing_with_no_place_noun_is_not_the_scene_either():
    text = (
        "قصفت المدفعية مواقع المسلحين في مديرية باقم بمحافظة صعدة."
        " واستهدف القصف تجمعات للمسلحين في الشريط الحدودي مقابل جازان."
    )
    assert "Jizan" not in _locations(text)


def test_a_town_named_as_the_scene_stays_the_scene():
    text = "قصفت طائرات التحالف مواقع الحوثيين في مدينة نجران جنوبي السعودية."
    assert _locations(text) and "Najran" in _locations(text)
