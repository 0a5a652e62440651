""" "الكتائب المقاتلة" (the fighting battalions), the wire reports' name for Syria's armed
opposition in 2012-2013, is the rebels: a fight "بين مقاتلي الكتائب المقاتلة والقوات
النظامية" has both its sides. The name has no referent outside Syria (a generic family)."""

from __future__ import annotations

import pytest

import rasad

ARMY = "Military Forces of Syria (2000-2024)"
REBELS = "Opposition Rebels (Syria)"


@pytest.mark.parametrize(
    "text",
    [
        "حماة - دارت اشتباكات عنيفة بين مقاتلي الكتائب المقاتلة والقوات النظامية في بلدة "
        "مورك شمال حماة.",
        "حماة - قال المرصد إن ستة مقاتلين من الكتائب المقاتلة قتلوا في اشتباكات مع القوات "
        "النظامية قرب بلدة مورك.",
    ],
)
def test_the_fighting_battalions_are_syrias_rebels(text: str) -> None:
    events = rasad.extract(text, published="2013-02-20")["events"]
    clashes = [e for e in events if e["event_type"] == "Battles"]
    assert clashes, "no fight read"
    assert {clashes[0]["actor1"], clashes[0]["actor2"]} == {ARMY, REBELS}


def test_the_name_outside_syria_is_no_syrian_faction() -> None:
    text = (
        "بنغازي - دارت اشتباكات عنيفة بين الكتائب المقاتلة وقوات الجيش الليبي في منطقة "
        "الصابري وسط بنغازي."
    )
    events = rasad.extract(text, published="2015-02-20")["events"]
    assert all(REBELS not in (e["actor1"], e["actor2"]) for e in events)
