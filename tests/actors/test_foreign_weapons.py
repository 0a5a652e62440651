"""A state's guns, tanks and gunboats named with its adjective are its forces."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "أطلقت المدفعية الإسرائيلية قذائف على نقطة رصد شرق غزة اليوم.",
            "Military Forces of Israel (2009-2021)",
        ),
        (
            "قصفت الدبابات الإسرائيلية موقعا شرق خان يونس اليوم.",
            "Military Forces of Israel (2009-2021)",
        ),
    ],
)
def test_guns_with_a_country_adjective_are_that_countrys_forces(text: str, force: str) -> None:
    out = rasad.extract(text, published="2018-05-28")
    assert force in {a["canonical"] for a in out["actors"]}
    assert out["events"] and out["events"][0]["actor1"] == force


def test_guns_without_an_adjective_name_no_force() -> None:
    out = rasad.extract("قصفت المدفعية مواقع في ريف حماة اليوم.", published="2018-05-28")
    assert not any(a["mention"] == "المدفعية" for a in out["actors"])
