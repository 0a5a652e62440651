"""What keeps the role rules cheap per mention (see the comments in roles.py)."""

from __future__ import annotations

import pytest

from rasad.gazetteer.cues import load_cues, words
from rasad.gazetteer.roles import _locates_named_place, _measured_far


@pytest.mark.parametrize(
    ("before", "far"),
    [
        ("على بعد 250 كلم شمال", True),
        ("تبعد 120 كيلو مترا عن", True),  # "كيلو" + a word for metres
        ("تبعد 120 مترا عن", False),  # metres alone measure no long distance
        ("على بعد 20 كلم شمال", False),  # close: the place may be the scene
        ("قصفت الطائرات مواقع شمال", False),  # no unit of length at all
    ],
)
def test_a_long_distance_is_read_only_with_a_unit_of_length(before, far):
    assert _measured_far(words(before), load_cues()) is far


@pytest.mark.parametrize(
    ("before", "locates"),
    [
        ("في حي الشهداء الجديد جنوب", True),  # a name of two words after its place noun
        ("في قرية تل الورد الكبير في", True),  # three words
        ("في مناطق صحراوية واسعة بمدينة", False),  # an adjective in the name
        ("قرب منطقة إلى الشمال في", False),  # a cue among the name's words
    ],
)
def test_a_named_place_is_read_word_by_word_leftwards(before, locates):
    assert _locates_named_place(words(before), load_cues()) is locates
