"""Armed men "allied with" a named armed group ("مسلحون متحالفون مع تنظيم الدولة") are that
group, as men "loyal to" it are: "مع" after "متحالفون" names their side, never their foe.
Before the verb or after it, the group acts; as the object, it is the side hit. "مع" after a
fight still names the foe."""

from __future__ import annotations

from tests.events.helpers import events_of

IS_WA = "Islamic State (West Africa)"
ARMY = "Military Forces of Nigeria"


def test_allied_men_before_the_verb_are_the_group() -> None:
    text = (
        "قالت مصادر محلية إن مسلحين متحالفين مع تنظيم الدولة الإسلامية هاجموا قرية في ولاية "
        "بورنو النيجيرية مساء السبت وقتلوا سبعة من سكانها."
    )
    events = events_of(text, "2021-03-14")
    assert events, "no event read"
    assert events[0]["actor1"] == IS_WA
    assert events[0]["actor2"] != IS_WA


def test_loyal_men_before_the_verb_are_the_group() -> None:
    text = (
        "قالت مصادر محلية إن مسلحين موالين لتنظيم الدولة الإسلامية هاجموا قرية في ولاية "
        "بورنو النيجيرية مساء السبت وقتلوا سبعة من سكانها."
    )
    events = events_of(text, "2021-03-14")
    assert events, "no event read"
    assert events[0]["actor1"] == IS_WA


def test_allied_men_after_the_verb_attack_the_army() -> None:
    text = (
        "هاجم مسلحون متحالفون مع تنظيم الدولة الإسلامية موقعا للجيش في ولاية بورنو "
        "وقتلوا ثلاثة جنود."
    )
    events = events_of(text, "2021-03-14")
    assert events, "no event read"
    assert events[0]["actor1"] == IS_WA
    assert events[0]["actor2"] == ARMY


def test_allied_men_as_the_object_are_hit() -> None:
    text = (
        "هاجم الجيش النيجيري مسلحين متحالفين مع تنظيم الدولة الإسلامية في ولاية بورنو "
        "وقتل عشرة منهم."
    )
    events = events_of(text, "2021-03-14")
    assert events, "no event read"
    assert events[0]["actor1"] == ARMY
    assert events[0]["actor2"] == IS_WA


def test_with_after_a_fight_still_names_the_foe() -> None:
    text = "اندلعت اشتباكات عنيفة بين الجيش النيجيري وتنظيم الدولة الإسلامية في ولاية بورنو."
    events = events_of(text, "2021-03-14")
    assert events, "no event read"
    assert {events[0]["actor1"], events[0]["actor2"]} == {ARMY, IS_WA}
