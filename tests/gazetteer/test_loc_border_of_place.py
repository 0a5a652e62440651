""""الحدود الشمالية لإسرائيل", "الحدود الشمالية مع العراق": the border of a place, not the
Saudi region named "الحدود الشمالية"; told after a place noun ("بمنطقة الحدود الشمالية") it
stays the region."""

from __future__ import annotations

import pytest

import rasad


def _names(text: str) -> set[str]:
    return {p["name"] for p in rasad.extract(text, published="2016-05-01")["places"]}


@pytest.mark.parametrize(
    "text",
    [
        "سقط صاروخ أطلقه حزب الله على الحدود الشمالية لإسرائيل.",
        "اندلعت اشتباكات عنيفة على الحدود الشمالية مع العراق.",
        "قصفت المدفعية مواقع قرب الحدود الشمالية للأردن.",
    ],
)
def test_the_border_of_a_place_is_not_the_saudi_region(text):
    assert "Northern Borders" not in _names(text)


def test_the_region_after_a_place_noun_stays_the_region():
    assert "Northern Borders" in _names("قتل جندي في هجوم بمنطقة الحدود الشمالية لمدة ساعة.")
