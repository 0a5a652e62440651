""""حدث" (happened; an event) is a verb or a noun, not the village of that name, unless a
place noun names it."""

from __future__ import annotations

import pytest

import rasad


def _names(text: str) -> set[str]:
    return {p["name"] for p in rasad.extract(text, published="2018-05-01")["places"]}


@pytest.mark.parametrize(
    "text",
    [
        "وكما حدث في مدينة حلب العام الماضي، استهدفت الغارات سوقا شعبيا.",
        "وقال المسؤول إن ما حدث في حلب أمس جريمة.",
    ],
)
def test_happened_is_no_place(text):
    names = _names(text)
    assert "Al Hadath" not in names
    assert "Aleppo" in names
