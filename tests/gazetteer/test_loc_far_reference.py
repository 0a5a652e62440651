"""A place a long distance is measured from ("على بعد 60 كيلومترا من X", "على بعد عشرات
الكيلومترات من X") is a reference point, not the scene: role other, and when it is the only
place told the event lies near it (ACLED geo_precision 2), never at the point itself."""

from __future__ import annotations

import pytest

import rasad


def _places(text: str) -> dict[str, tuple[str, int]]:
    d = rasad.extract(text, published="2016-05-01")
    return {p["name"]: (p["role"], p["geo_precision"]) for p in d["places"]}


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة جنود في كمين على بعد عشرات الكيلومترات من مدينة تدمر.",
        "قتل ثلاثة جنود في كمين على بعد 60 كيلومترا من مدينة تدمر.",
        "قتل ثلاثة جنود في كمين على بعد سبعين كيلومترا شرق تدمر.",
        "سقطت قذيفة على بعد مئات الكيلومترات من مدينة تدمر.",
    ],
)
def test_a_far_reference_point_is_no_scene_and_no_exact_point(text):
    assert _places(text)["Palmyra"] == ("other", 2)


def test_the_event_told_only_by_a_far_reference_is_near_it():
    d = rasad.extract(
        "قتل خمسة جنود في هجوم لتنظيم الدولة على بعد 60 كيلومترا من مدينة تدمر.",
        published="2016-05-01",
    )
    assert [(e["location"], e["geo_precision"]) for e in d["events"]] == [("Palmyra", 2)]


def test_a_short_distance_in_words_keeps_the_town_as_the_scene():
    assert _places("انفجرت عبوة ناسفة على بعد عشرة كيلومترات من مدينة تدمر.")["Palmyra"] == (
        "event_location",
        1,
    )
