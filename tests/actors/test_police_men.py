"""Policemen named as "رجال الشرطة"/"أفراد الشرطة" are the country's police: hit by a bomb they
are its target, never the bombers."""

from __future__ import annotations

import rasad


def test_policemen_killed_by_a_bomb_are_its_target() -> None:
    text = "قتل ثلاثة من أفراد الشرطة في انفجار عبوة ناسفة في بعقوبة اليوم."
    events = rasad.extract(text, published="2018-03-01")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Unidentified Armed Group (Iraq)"
    assert events[0]["actor2"] == "Police Forces of Iraq (2014-2018)"
