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
