""""سان" opening a foreign name is not San, a hamlet of Idlib.

"مدينة سان بطرسبرغ", "بلدة سان كانتان": the index lacks the full name, and "سان" after a place
noun was taken for the Syrian hamlet. Followed by a word that continues the name it is no place;
followed by a preposition, a bearing, a place word or "و" it is still the hamlet.
"""

from __future__ import annotations

import pytest

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2016-03-01")["places"]]


@pytest.mark.parametrize(
    "text",
    [
        "وصل الوفد السوري إلى مدينة سان بطرسبرغ الروسية.",
        "وقع الهجوم في مصنع للغاز في بلدة سان كانتان قرب ليون.",
    ],
)
def test_san_opening_a_foreign_name_is_not_the_syrian_hamlet(text: str) -> None:
    assert "San" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات قرية سان شرق إدلب.",
        "قصفت الطائرات قرية سان بريف إدلب الشرقي.",
        "قصفت الطائرات قريتي سان وتلمنس في ريف إدلب.",
    ],
)
def test_the_hamlet_of_san_before_a_qualifier_or_a_list(text: str) -> None:
    assert "San" in _names(text)


def test_saint_petersburg_and_sao_paulo_in_the_press_spellings() -> None:
    assert _names("وصل الوفد السوري إلى مدينة سان بطرسبرغ الروسية.") == ["Saint Petersburg"]
    assert _names("تظاهر الآلاف في سان باولو البرازيلية.") == ["Sao Paulo"]
