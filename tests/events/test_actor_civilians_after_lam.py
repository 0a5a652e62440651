"""Civilians named with ل right after an act ("حملات خطف لمدنيين") are what the act fell on:
ل after a verbal noun names its doer only for an armed actor ("غارات للطيران الروسي");
civilians are never ACLED's actor1 of violence."""

from __future__ import annotations

from tests.events.helpers import events_of

HOUTHI = "Military Forces of Yemen (2017-) Houthi"


def test_civilians_after_lam_are_the_abducted() -> None:
    text = "ونفذت ميليشيات الحوثي حملات خطف لمدنيين عزل في مدينة زبيد أمس."
    assert [(e["actor1"], e["actor2"]) for e in events_of(text, "2018-07-16")] == [
        (HOUTHI, "Civilians (Yemen)")
    ]


def test_an_armed_actor_after_lam_still_did_it() -> None:
    text = "قتل ثلاثة مدنيين في غارات للطيران الروسي على مدينة معرة النعمان أمس."
    events = events_of(text, "2018-07-16")
    assert events and events[0]["actor1"] == "Military Forces of Russia (2000-)"
