"""A road named by its two ends ("الطريق بين X وY", "طريق X - Y") lies between them: the
second end is no scene (role other), the first keeps its role at ACLED precision 2 (near a
town), so the event is not put at the second end just because it is told nearer the verb."""

from __future__ import annotations

import pytest

import rasad


def _extract(text: str) -> dict:
    return rasad.extract(text, published="2016-05-01")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("سيطر المسلحون على الطريق بين حرض وصعدة بعد معارك عنيفة.", "Harad", "Sa'dah"),
        ("قطع محتجون طريق صنعاء - الحديدة احتجاجا على انقطاع الكهرباء.", "Sana'a", "Al Hudaydah"),
        ("قتل جنديان في هجوم على الطريق الرابط بين مدينتي حمص وتدمر.", "Homs", "Palmyra"),
    ],
)
def test_the_second_end_of_a_road_is_no_scene(text, first, second):
    d = _extract(text)
    places = {p["name"]: p for p in d["places"]}
    assert places[second]["role"] == "other"
    assert places[first]["role"] == "event_location" and places[first]["geo_precision"] == 2
    assert [e["location"] for e in d["events"]] == [first]


def test_a_plain_list_of_places_keeps_both_scenes():
    d = _extract("قتل ثلاثة مدنيين في قصف على حلب وإدلب.")
    assert {p["name"]: p["role"] for p in d["places"]} == {
        "Aleppo": "event_location",
        "Idlib": "event_location",
    }
