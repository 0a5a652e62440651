"""A force that says it repelled or helped repel an attack ("قال الجيش إنه صد هجوما لـX") is
the attack's other side; a speaker reporting another's attack ("إن X شنت هجوما") is not."""

from __future__ import annotations

import rasad

BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def _battles(text: str) -> list[dict]:
    events = rasad.extract(text, published="2020-05-10")["events"]
    return [e for e in events if e["event_type"] == "Battles"]


def test_army_saying_it_repelled_an_attack_is_the_other_side() -> None:
    text = "وقال الجيش النيجيري إنه صد هجوما لبوكو حرام على بلدة مونغونو في ولاية بورنو."
    events = _battles(text)
    assert events, "no battle read"
    assert events[0]["actor1"] == BOKO
    assert events[0]["actor2"] == "Military Forces of Nigeria"


def test_air_force_saying_it_helped_repel_an_attack_is_the_other_side() -> None:
    text = (
        "وقالت القوات الجوية النيجيرية إنها ساعدت القوات البرية في صد هجوم لبوكو حرام "
        "على بلدة مونغونو في ولاية بورنو."
    )
    events = _battles(text)
    assert events, "no battle read"
    assert (events[0]["actor2"] or "").startswith("Military Forces of Nigeria")


def test_speaker_telling_of_another_groups_attack_is_no_side() -> None:
    text = "وقال الجيش النيجيري إن بوكو حرام شنت هجوما على بلدة مونغونو في ولاية بورنو."
    events = _battles(text)
    assert events, "no battle read"
    assert events[0]["actor2"] != "Military Forces of Nigeria"


def test_police_saying_they_killed_men_in_a_shootout_are_a_side_of_it() -> None:
    text = (
        "وقالت الشرطة الباكستانية إنها قتلت أربعة مسلحين في تبادل لإطلاق النار في مدينة "
        "كراتشي صباح الأحد."
    )
    events = _battles(text)
    assert events, "no battle read"
    assert {events[0]["actor1"], events[0]["actor2"]} == {
        "Police Forces of Pakistan",
        "Unidentified Armed Group (Pakistan)",
    }


def test_police_saying_they_found_bodies_of_men_killed_in_a_clash_are_no_side() -> None:
    text = (
        "وقالت الشرطة الباكستانية إنها عثرت على جثث أربعة مسلحين قتلوا في اشتباك في مدينة "
        "كراتشي صباح الأحد."
    )
    assert all(
        "Police Forces of Pakistan" not in (e["actor1"], e["actor2"]) for e in _battles(text)
    )
