"""A force whose man (or the man's house) is told as what a bombing befell is the side hit, not
the bomber: "تعرض منزل قائد في X لتفجير", "قتل الرائد … الضابط في X بانفجار عبوة"."""

from __future__ import annotations

import rasad

PMF = "Military Forces of Iraq (2020-2022) Popular Mobilization Forces"


def _bombings(text: str, published: str = "2021-03-10") -> list[dict]:
    events = rasad.extract(text, published=published)["events"]
    return [e for e in events if e["event_type"] == "Explosions/Remote violence"]


def test_house_of_a_force_commander_bombed_makes_the_force_the_side_hit() -> None:
    text = "وتعرض منزل قائد في الحشد الشعبي لتفجير بعبوة ناسفة في قضاء الطارمية شمال بغداد."
    events = _bombings(text)
    assert events, "no bombing read"
    assert events[0]["actor1"] != PMF
    assert events[0]["actor2"] == PMF


def test_named_officer_of_an_army_killed_by_a_blast_is_the_army_hit() -> None:
    text = "وقتل المقدم سالم أحمد الضابط في الجيش العراقي بانفجار عبوة ناسفة في قضاء الطارمية."
    events = _bombings(text)
    assert events, "no bombing read"
    assert not (events[0]["actor1"] or "").startswith("Military Forces of Iraq")
    assert (events[0]["actor2"] or "").startswith("Military Forces of Iraq")


def test_members_who_plant_the_bomb_stay_its_doers() -> None:
    text = "واستهدف عناصر من داعش دورية للجيش بعبوة ناسفة في قضاء الطارمية شمال بغداد."
    events = _bombings(text)
    assert events, "no bombing read"
    assert events[0]["actor1"] == "Islamic State (Iraq)"
