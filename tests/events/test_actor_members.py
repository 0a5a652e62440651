"""The group of men named with "من"/"في" is a side: the dead's group in a clash with another
force, the group of a detained leader (never the one who detains him)."""

from __future__ import annotations

from tests.events.helpers import events_of

HOUTHI_SALEH = "Military Forces of Yemen (2015-2017) Houthi-Saleh"
YEMEN = "Military Forces of Yemen (2012-2022)"


def test_the_dead_of_one_side_and_the_force_they_fought_with_are_the_two_sides() -> None:
    text = "قتل عشرة من الحوثيين في مواجهات مع قوات الشرعية في مديرية صرواح بمأرب أمس."
    clashes = [e for e in events_of(text, "2015-08-20") if e["event_type"] == "Battles"]
    assert clashes, "no battle read"
    assert {clashes[0]["actor1"], clashes[0]["actor2"]} == {HOUTHI_SALEH, YEMEN}


def test_a_detained_leader_in_a_group_makes_the_group_the_side_held() -> None:
    text = "أسفرت حملة أمنية عن اعتقال قيادي في تنظيم داعش في قضاء تلعفر اليوم."
    events = events_of(text, "2017-05-04")
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Arrests"
    assert events[0]["actor1"] != "Islamic State (Iraq)"
    assert events[0]["actor2"] == "Islamic State (Iraq)"
