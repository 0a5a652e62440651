"""Two soldiers or policemen of the event country named in the dual with their adjective in the
dual ("شرطيان عراقيان") are that country's force hit by unknown attackers, and one pair of dead:
the agreeing adjective is no second count."""

from __future__ import annotations

import rasad


def _event(text: str, published: str) -> dict:
    events = rasad.extract(text, published=published)["events"]
    assert events, "the attack was dropped for want of a side"
    return events[0]


def test_two_egyptian_soldiers_are_egypts_army_and_two_dead() -> None:
    event = _event("قتل جنديان مصريان في هجوم على كمين بمدينة العريش أمس.", "2016-08-03")
    assert event["actor2"] == "Military Forces of Egypt (2014-)"
    assert event["fatalities"] == 2


def test_two_iraqi_policemen_are_iraqs_police_and_two_dead() -> None:
    event = _event("قتل شرطيان عراقيان في هجوم على نقطة تفتيش قرب بعقوبة.", "2017-03-12")
    assert event["actor2"] == "Police Forces of Iraq (2014-2018)"
    assert event["fatalities"] == 2


def test_two_pairs_joined_by_and_are_still_four_dead() -> None:
    event = _event("قتل جنديان وشرطيان في هجوم على كمين بمدينة العريش أمس.", "2016-08-03")
    assert event["fatalities"] == 4
