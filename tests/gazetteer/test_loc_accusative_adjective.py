"""A country's name in "-يا" after an indefinite accusative person is the adjective of origin
agreeing with it ("مهندسا تركيا", a Turkish engineer), not the country."""

from __future__ import annotations

import pytest

from .conftest import run_places


def _places(text):
    return {t: s.value.role for t, s in run_places(text, None)}


@pytest.mark.parametrize(
    ("text", "adjective", "scene"),
    [
        ("اختطف مسلحون مهندسا تركيا في مدينة سرت.", "تركيا", "سرت"),
        ("قتل مسلحون دبلوماسيا روسيا في أنقرة.", "روسيا", "أنقرة"),
        ("أصاب قناص صحفيا إيطاليا قرب حلب.", "إيطاليا", "حلب"),
    ],
)
def test_the_adjective_after_an_accusative_person_is_no_country(text, adjective, scene):
    places = _places(text)
    assert adjective not in places and scene in places


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("دعا الرئيس روسيا إلى وقف القصف.", "روسيا"),
        ("وصل الجنود إلى تركيا.", "تركيا"),
        ("زار وفد تركيا أمس.", "تركيا"),
    ],
)
def test_the_country_after_a_verb_or_a_noun_stays(text, country):
    assert country in _places(text)
