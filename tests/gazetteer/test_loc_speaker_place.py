"""A place told between a reporting verb and its "إن/أن" is where a speaker is, not a scene."""

from __future__ import annotations

import pytest

from .conftest import run_places


def _roles(text):
    return {t: s.value.role for t, s in run_places(text, None)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وقال المتحدث باسم الجيش في واشنطن إن الطائرات قصفت مواقع للمسلحين.", "واشنطن"),
        ("وأعلنت وزارة الداخلية بالرباط أن قوات الأمن فككت خلية إرهابية.", "الرباط"),
        ("وقال مسؤول في وزارة الدفاع في بغداد إن الطائرات قصفت مواقع في الموصل.", "بغداد"),
    ],
)
def test_a_speakers_place_is_no_scene(text, place):
    assert _roles(text)[place] == "other"


def test_the_scene_reported_keeps_its_role():
    text = "وقال مسؤول في وزارة الدفاع في بغداد إن الطائرات قصفت مواقع في الموصل."
    assert _roles(text)["الموصل"] == "event_location"


def test_residents_keep_their_town_as_the_scene():
    assert _roles("وقال سكان في الرمادي إن مسلحين هاجموا نقطة للجيش.")["الرمادي"] == (
        "event_location"
    )
