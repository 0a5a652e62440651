"""Soldiers killed "in it" ("الهجوم الذي قتل فيه 12 جنديا", "قتل فيها شرطي"): the pronoun
after the death word goes back to the act, and the men after it are still the side hit, the
country's army or police. Civilians told the same way stay civilians."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_soldiers_killed_in_a_claimed_attack_are_the_army() -> None:
    text = "تبنت حركة الشباب الهجوم الذي قتل فيه تسعة جنود في بلدة جنوب مقديشو مساء الخميس."
    events = events_of(text, "2019-06-07")
    assert events, "no event read"
    assert events[0]["actor1"] == "Al Shabaab"
    assert events[0]["actor2"] == "Military Forces of Somalia"


def test_a_policeman_killed_in_a_blast_is_the_police() -> None:
    text = "انفجرت عبوة ناسفة قرب سوق في بلدة جنوب مقديشو مساء الخميس قتل فيها شرطيان."
    events = events_of(text, "2019-06-07")
    assert events, "no event read"
    assert events[0]["actor2"] == "Police Forces of Somalia"


def test_civilians_killed_in_a_claimed_attack_stay_civilians() -> None:
    text = "تبنت حركة الشباب الهجوم الذي قتل فيه تسعة مدنيين في سوق جنوب مقديشو مساء الخميس."
    events = events_of(text, "2019-06-07")
    assert events, "no event read"
    assert events[0]["actor2"] == "Civilians (Somalia)"
