""" "X القريبة من Y": Y only says where X lies (a qualifier, role other); X keeps its role."""

from __future__ import annotations

import pytest

from .conftest import run_places


def _roles(text):
    return {t: s.value.role for t, s in run_places(text, None)}


@pytest.mark.parametrize(
    ("text", "place", "near"),
    [
        (
            "قتل ثلاثة مدنيين في قصف على بلدة كفرنبل القريبة من مدينة معرة النعمان.",
            "كفرنبل",
            "معرة النعمان",
        ),
        ("واندلعت اشتباكات عنيفة في مديرية نهم القريبة من العاصمة صنعاء.", "نهم", "صنعاء"),
    ],
)
def test_the_town_a_place_is_near_only_locates_it(text, place, near):
    roles = _roles(text)
    assert roles[place] == "event_location"
    assert roles[near] == "other"


def test_places_near_a_town_unnamed_keep_the_town_as_the_scene():
    roles = _roles("قتل ثلاثة مدنيين في قصف على مناطق قريبة من مدينة حلب.")
    assert roles["حلب"] == "event_location"
