"""With no doer named, the side a report blames for the attack ("متهما X بشن الهجوم") is its
actor1, not an unidentified group; the side hit is never taken for the one blamed."""

from __future__ import annotations

import rasad

HOUTHI = "Military Forces of Yemen (2017-) Houthi"


def _events(text: str, published: str = "2018-02-11") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_the_accused_of_a_rocket_attack_is_its_doer() -> None:
    text = (
        "سقطت ثلاث قذائف على ميناء المخا صباح اليوم، وقال مسؤول محلي إن القصف لم يخلف "
        "إصابات، متهما ميليشيات الحوثي بتنفيذ الهجوم."
    )
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == HOUTHI


def test_an_attack_with_no_one_blamed_stays_unidentified() -> None:
    text = "سقطت ثلاث قذائف على ميناء المخا صباح اليوم دون أن تخلف إصابات."
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] != HOUTHI
