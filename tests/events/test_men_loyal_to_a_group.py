"""Armed men "loyal to" a named armed group ("مسلحون موالون لتنظيم داعش", "عناصر موالية
لحركة الشباب") are that group: as a verb's subject they act for it (actor1), never its foe,
and the soldiers they kill are still the side hit. Men loyal to a government stay unnamed."""

from __future__ import annotations

from tests.events.helpers import events_of

IS_EGYPT = "Islamic State (Egypt)"


def test_men_loyal_to_a_group_killing_soldiers_are_that_group() -> None:
    text = "قتل مسلحون موالون لتنظيم داعش أربعة جنود قرب مدينة رفح المصرية مساء الأحد."
    events = events_of(text, "2017-10-16")
    assert events, "no event read"
    assert events[0]["actor1"] == IS_EGYPT
    assert events[0]["actor2"] == "Military Forces of Egypt (2014-)"


def test_members_loyal_to_a_group_attacking_a_checkpoint_are_that_group() -> None:
    text = "هاجمت عناصر موالية لتنظيم داعش حاجزا للجيش قرب مدينة رفح المصرية مساء الأحد."
    events = events_of(text, "2017-10-16")
    assert events, "no event read"
    assert events[0]["actor1"] == IS_EGYPT
    assert events[0]["actor2"] != IS_EGYPT


def test_men_loyal_to_the_government_are_not_the_government() -> None:
    text = "هاجم مسلحون موالون للحكومة قرية قرب مدينة حماة السورية مساء الأحد."
    events = events_of(text, "2017-10-16")
    assert all(not (e["actor1"] or "").startswith("Government") for e in events)
