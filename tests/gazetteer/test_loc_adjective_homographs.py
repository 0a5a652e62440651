"""A place whose name is also a common adjective ("مالي": financial) is read, bare after its
noun, as the adjective unless the article's other places lie in the place's area."""

from __future__ import annotations

import pytest

from .conftest import run_places


def _names(text):
    return [t for t, _ in run_places(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "وقضت محكمة في القاهرة بسجن الوزير في قضية فساد مالي كبيرة.",
        "وطالب الخاطفون بمبلغ مالي مقابل الإفراج عن الرهائن في بغداد.",
        "وقدمت الحكومة دعما مالى للمزارعين في محافظة الجيزة.",
    ],
)
def test_financial_is_no_mali(text):
    assert "مالي" not in _names(text) and "مالى" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقتل جنود في هجوم مسلح شمال مالي أمس.",
        "وتنشر فرنسا جنودا في مالي، وقالت إن قوات مالي استعادت مدينة تمبكتو.",
    ],
)
def test_mali_with_a_preposition_or_its_towns_stays(text):
    assert _names(text).count("مالي") == text.count("مالي")
