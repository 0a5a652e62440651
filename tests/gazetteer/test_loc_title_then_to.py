""""إلى" after a person's title is the preposition, not a title's adjective: the compound name
after it is a place, not the person's name."""

from __future__ import annotations

import pytest

from .conftest import run_places


def _roles(text):
    return {t: s.value.role for t, s in run_places(text, None)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وصل الرئيس إلى سان خوسيه عاصمة كوستاريكا.", "سان خوسيه"),
        ("وصل الوزير إلى صلاح الدين قادما من بغداد.", "صلاح الدين"),
    ],
)
def test_a_compound_name_after_a_title_and_to_is_a_destination(text, place):
    assert _roles(text).get(place) == "destination"


def test_a_compound_name_after_a_title_and_its_adjective_stays_a_person():
    assert "صلاح الدين" not in _roles("التقى النائب البرلماني صلاح الدين دميرتاس بالوفد.")
