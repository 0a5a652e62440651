"""Fighters "من" a group right after an active death verb with the verb's object after them
("قتل مقاتلون من الحركة ثلاثة جنود"): the nominative plural "مقاتلون" names the doer's men as
"مسلحون" does, so the group is actor1, not the side that lost men."""

from __future__ import annotations

import rasad


def test_fighters_of_a_group_killing_counted_soldiers_make_the_group_the_attacker() -> None:
    text = "قتل مقاتلون من حركة طالبان ثلاثة جنود قرب مدينة قندهار."
    events = rasad.extract(text, published="2019-06-07")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Taliban"
    assert events[0]["actor2"] == "Military Forces of Afghanistan"
