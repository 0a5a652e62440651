"""A bare count and "من" before a group ("مقتل 20 من مليشيات الحوثي") count the group's own
dead, like "20 عنصرا من": the group is the side hit, also when an aside ("بينهم قيادي")
stands between the dead and the fight they fell in."""

from __future__ import annotations

import pytest

import rasad

HOUTHI = "Military Forces of Yemen (2017-) Houthi"
ARMY = "Military Forces of Yemen (2012-2022)"


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت مصادر عسكرية مقتل 14 من مليشيات الحوثي بينهم قيادي ميداني في مواجهات مع قوات "
        "الجيش الوطني في جبهة صرواح غرب مأرب.",
        "لقي 9 من عناصر ميليشيات الحوثي مصرعهم بينهم قائد ميداني في معارك مع قوات الجيش الوطني "
        "في مديرية نهم شرق صنعاء.",
    ],
)
def test_the_counted_dead_group_is_a_side_of_the_fight(text: str) -> None:
    events = rasad.extract(text, published="2018-06-20")["events"]
    clashes = [e for e in events if e["sub_event_type"] == "Armed clash"]
    assert clashes, "no clash read"
    assert {clashes[0]["actor1"], clashes[0]["actor2"]} == {HOUTHI, ARMY}
