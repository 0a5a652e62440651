"""Bombs discovered ("اكتشاف عبوات ناسفة", "اكتشفت الدورية لغما") are bombs that did not go
off: ACLED's Disrupted weapons use, not an explosion. A bomb that went off stays an IED
event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2017-03-08")["events"]]


def test_bombs_discovered_and_destroyed_are_disrupted_weapons_use() -> None:
    text = "وأعلن الجيش أن قواته تمكنت أمس من اكتشاف وتدمير 12 عبوة ناسفة قرب مدينة الشيخ زويد."
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_patrol_discovering_a_roadside_bomb_is_disrupted_weapons_use() -> None:
    text = "واكتشفت دورية للشرطة صباح اليوم عبوة ناسفة مزروعة على جانب طريق في مدينة بعقوبة."
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_roadside_bomb_that_went_off_stays_an_explosion() -> None:
    text = "وقتل شرطيان صباح اليوم بانفجار عبوة ناسفة على جانب طريق في مدينة بعقوبة."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
