"""A strike and a battle told as one joined phrase ("غارات لطيران التحالف ومواجهات مع
الجيش") are two acts: the aircraft's force is no side of the fight, and the force fought
"مع" is no target of the strike."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2018-06-15") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _by_type(events: list[dict], sub: str) -> list[dict]:
    return [e for e in events if e["sub_event_type"] == sub]


def test_strike_and_clash_joined_keep_their_own_sides() -> None:
    text = "قتل 20 حوثيا في غارات لطيران التحالف ومواجهات مع قوات الجيش الوطني في مديرية حيس."
    events = _events(text)
    strikes = _by_type(events, "Air/drone strike")
    clashes = _by_type(events, "Armed clash")
    assert strikes and clashes
    assert strikes[0]["actor1"] == "Operation Restoring Hope"
    assert "Houthi" in (strikes[0]["actor2"] or "")
    sides = {clashes[0]["actor1"], clashes[0]["actor2"]}
    assert "Operation Restoring Hope" not in sides
    assert any("Military Forces of Yemen (2012" in (s or "") for s in sides)


def test_the_force_fought_with_is_no_target_of_the_strike() -> None:
    text = (
        "وأسفرت غارات لمقاتلات التحالف العربي والمواجهات مع قوات المقاومة عن مقتل 96 "
        "من ميليشيات الحوثي في مديرية التحيتا."
    )
    events = _events(text)
    strikes = _by_type(events, "Air/drone strike")
    assert strikes, "the strike was absorbed into the battle"
    assert strikes[0]["actor1"] == "Operation Restoring Hope"
    assert strikes[0]["actor2"] != "Popular Resistance"
    for e in _by_type(events, "Armed clash"):
        assert e["actor1"] != "Operation Restoring Hope"
