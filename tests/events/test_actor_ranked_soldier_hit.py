"""A soldier or officer named by rank with his force ("جندي في الجيش السوري", "ضابط برتبة
عقيد في الشرطة") or counted in the dual ("جنديان من الجيش") after a death word is the force's
loss: the force is the side hit (actor2), never the one who struck."""

from __future__ import annotations

import pytest

import rasad

SYRIA = "Military Forces of Syria (2000-2024)"


def _first(text: str, published: str = "2019-04-14") -> dict:
    events = rasad.extract(text, published=published)["events"]
    assert events, f"no event read in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "قتل جندي في الجيش السوري بانفجار عبوة ناسفة على طريق مدينة درعا صباح الأحد.",
        "قتل ضابط برتبة عقيد في الجيش السوري بانفجار عبوة ناسفة في مدينة درعا صباح الأحد.",
        "قتل جنديان من الجيش السوري بانفجار لغم أرضي قرب مدينة درعا صباح الأحد.",
    ],
)
def test_the_soldiers_force_is_the_side_the_bomb_hit(text: str) -> None:
    event = _first(text)
    assert event["actor1"] != SYRIA
    assert event["actor2"] == SYRIA


def test_a_police_captain_killed_by_a_bomb_is_the_polices_loss() -> None:
    text = "لقي نقيب في الشرطة المصرية مصرعه بانفجار عبوة ناسفة في مدينة العريش مساء السبت."
    event = _first(text)
    assert event["actor2"] == "Police Forces of Egypt"
    assert event["actor1"] != "Police Forces of Egypt"


def test_a_soldier_killed_in_a_clash_keeps_his_force_as_a_side() -> None:
    # a battle has no direction: the soldier's force stays one of its two sides
    text = "قتل جندي في الجيش السوري في اشتباكات مع تنظيم داعش في ريف دير الزور أمس."
    event = _first(text)
    assert SYRIA in {event["actor1"], event["actor2"]}
    assert "Islamic State (Syria)" in {event["actor1"], event["actor2"]}
