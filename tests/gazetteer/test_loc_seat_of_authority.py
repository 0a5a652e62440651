""""ومقرها البيضاء": the town an authority has its seat in.

"its seat" names the town after it as a preposition does, so a town whose name is also a common
word ("البيضاء", white; a cue word) is a place there; the role is other, like "المدعومة من
موسكو": the story happens elsewhere.
"""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str, str]]:
    return [
        (p["name"], p["country"], p["role"])
        for p in rasad.extract(text, published="2015-07-21")["places"]
    ]


def test_a_seat_town_whose_name_is_a_word_is_found_with_role_other() -> None:
    places = _places(
        "قصفت طائرات الجيش الليبي الموالي للحكومة المعترف بها دوليا، ومقرها البيضاء شرقي "
        "البلاد، مواقع في مدينة درنة."
    )
    assert ("Al Bayda'", "LY", "other") in places


def test_a_seat_noun_before_a_common_adjective_is_no_place() -> None:
    places = _places("قالت الشركة إن مقرها الرئيسي سيبقى في دمشق رغم القتال.")
    assert [p[0] for p in places] == ["Damascus"]
