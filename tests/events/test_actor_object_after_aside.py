"""A force named right after an active death verb is its subject when the verb's object follows,
even past a day, a time of day or the weapon ("قتلت الشرطة، الخميس، ثلاثة مدنيين"), and when
the object is an unarmed plural in "-ين" ("قتلت القوات متظاهرين"); without an object the men
named are the dead."""

from __future__ import annotations

import rasad

AFGHAN_POLICE = "Police Forces of Afghanistan"
ISRAEL_ARMY = "Military Forces of Israel (2009-2021)"


def _event(text: str, published: str) -> dict:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]


def test_a_day_between_the_force_and_the_counted_civilians_keeps_the_force_the_killer() -> None:
    event = _event("قتلت الشرطة، مساء الخميس، ثلاثة مدنيين في قندهار.", "2019-06-07")
    assert event["actor1"] == AFGHAN_POLICE
    assert event["actor2"] == "Civilians (Afghanistan)"


def test_the_weapon_between_the_force_and_the_protesters_keeps_the_force_the_shooter() -> None:
    event = _event("وقتلت القوات الإسرائيلية بالرصاص عشرات المتظاهرين قرب خان يونس.", "2018-04-06")
    assert event["event_type"] == "Protests"
    assert ISRAEL_ARMY in (event["actor1"], event["actor2"])


def test_an_unarmed_plural_in_in_after_the_force_is_its_object() -> None:
    event = _event("بعدما قتلت القوات الإسرائيلية محتجين عند السياج شرق رفح.", "2018-04-06")
    assert ISRAEL_ARMY in (event["actor1"], event["actor2"])


def test_counted_gunmen_past_a_day_still_make_a_fight_with_the_force() -> None:
    event = _event("قتلت الشرطة، مساء الخميس، ثلاثة مسلحين في قندهار.", "2019-06-07")
    assert event["event_type"] == "Battles"
    assert AFGHAN_POLICE in (event["actor1"], event["actor2"])
