"""A state's aircraft and air defences named with its adjective are its forces; the adjective
of where a weapon was made names no one."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "حماة - قتل أربعة مدنيين في قصف على قرية اللطامنة أمس نفذته طائرات حربية روسية.",
            "Military Forces of Russia (2000-)",
        ),
        (
            "حمص - اعترضت الدفاعات الجوية السورية صاروخين فوق مطار الشعيرات فجر اليوم.",
            "Military Forces of Syria (2000-2024)",
        ),
        (
            "اعترضت الدفاعات الجوية الإسرائيلية صاروخا أطلق من قطاع غزة مساء اليوم.",
            "Military Forces of Israel (2009-2021)",
        ),
    ],
)
def test_aircraft_and_air_defences_with_an_adjective_are_that_states(text: str, force: str) -> None:
    out = rasad.extract(text, published="2017-04-12")
    assert force in {a["canonical"] for a in out["actors"]}
    assert out["events"] and out["events"][0]["actor1"] == force


def test_bare_aircraft_name_no_force() -> None:
    out = rasad.extract("قصفت طائرات حربية بلدة كفرزيتا في ريف حماة اليوم.", published="2017-04-12")
    assert not any("طائرات" in a["mention"] for a in out["actors"])


def test_where_a_weapon_was_made_names_no_force() -> None:
    out = rasad.extract(
        "قصفت فصائل المعارضة بدبابات روسية الصنع مواقع في ريف حماة اليوم.", published="2017-04-12"
    )
    assert "Military Forces of Russia (2000-)" not in {a["canonical"] for a in out["actors"]}
