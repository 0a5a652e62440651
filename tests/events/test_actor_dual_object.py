"""An armed man's dual (or sound plural) in "-ين" right after the doer is the object of an active
death verb ("قتل مسلحون شرطيين"): the passive would put the dead in the nominative ("-ان",
"-ون"), so the doer is actor1 and the force hit actor2, and the event is kept."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2019-06-07") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_a_named_group_killing_two_soldiers_is_the_attacker() -> None:
    events = _events("قتلت حركة الشباب جنديين قرب مدينة كسمايو.")
    assert events, "no event read"
    assert events[0]["actor1"] == "Al Shabaab"
    assert events[0]["actor2"] == "Military Forces of Somalia"


def test_unnamed_gunmen_killing_two_policemen_are_the_attackers() -> None:
    events = _events("وقال مصدر أمني إن الوضع هادئ. وقتل مسلحون شرطيين في تكريت.")
    kill = [e for e in events if e["actor2"] and e["actor2"].startswith("Police Forces of Iraq")]
    assert kill, "the policemen are not the side hit"
    assert kill[0]["actor1"].startswith("Unidentified Armed Group")


def test_gunmen_killed_with_no_object_stay_the_dead() -> None:
    events = _events("قتل مسلحون في اشتباك مع الجيش قرب مدينة كسمايو.")
    assert not any(
        (e["actor1"] or "").startswith("Unidentified Armed Group")
        and e["actor2"] == "Military Forces of Somalia"
        and e["event_type"] == "Violence against civilians"
        for e in events
    )
