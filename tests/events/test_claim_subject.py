"""The group that claims an act in the same sentence ("في هجوم … تبناه تنظيم داعش", "وأعلنت
حركة … مسؤوليتها عن الهجوم") is its doer; a denial claims nothing, and a claim never makes a
group the flier of an air strike."""

from __future__ import annotations

from tests.events.helpers import events_of

IS_EGYPT = "Islamic State (Egypt)"
EGYPT_ARMY = "Military Forces of Egypt (2014-)"


def test_a_group_claiming_the_attack_in_a_relative_clause_is_its_doer() -> None:
    text = "قتل أربعة جنود في هجوم على حاجز للجيش جنوب العريش تبناه تنظيم داعش مساء الأحد."
    events = events_of(text, "2017-10-16")
    assert events, "no event read"
    assert {events[0]["actor1"], events[0]["actor2"]} == {IS_EGYPT, EGYPT_ARMY}


def test_a_group_claiming_an_attack_on_civilians_is_the_doer_not_the_victim() -> None:
    text = "قتل مسلح ثلاثة أشخاص في هجوم على مقهى في مدينة العريش تبناه تنظيم داعش مساء الأحد."
    events = events_of(text, "2017-10-16")
    assert events, "no event read"
    assert events[0]["actor1"] == IS_EGYPT
    assert events[0]["actor2"] != IS_EGYPT


def test_a_group_denying_the_attack_is_not_its_doer() -> None:
    text = "قتل أربعة جنود في هجوم على كمين للجيش جنوب العريش، ونفى تنظيم داعش تبنيه الهجوم."
    events = events_of(text, "2017-10-16")
    assert events, "no event read"
    assert events[0]["actor1"] != IS_EGYPT


def test_a_claim_of_another_attack_makes_no_group_an_air_striker() -> None:
    text = "قتل خمسة مدنيين في غارة جوية على قرية قرب العريش بعد يومين من هجوم تبناه تنظيم داعش."
    strikes = [
        e for e in events_of(text, "2017-10-16") if e["sub_event_type"] == "Air/drone strike"
    ]
    assert all(e["actor1"] != IS_EGYPT for e in strikes)
