"""A strike on a military position with no foe named anywhere in the article hits the
striker's main foe when that foe is of the event's country (or of none); never a foe of
another country."""

from __future__ import annotations

import rasad


def _first(text: str, published: str) -> dict:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]


def test_coalition_strike_on_an_air_base_hits_its_main_foe() -> None:
    text = "شنت طائرات التحالف غارات على قاعدة العند الجوية في محافظة لحج اليوم."
    event = _first(text, "2015-08-01")
    assert event["actor2"] == "Military Forces of Yemen (2015-2017) Houthi-Saleh"


def test_a_main_foe_of_another_country_is_no_target() -> None:
    text = "شنت طائرات إسرائيلية غارات على مواقع عسكرية قرب دمشق اليوم."
    event = _first(text, "2015-08-01")
    assert event["actor2"] != "Hamas Movement"
