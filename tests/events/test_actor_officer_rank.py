"""An officer named by rank ("العقيد", "الرائد", "النقيب") and hit by a bomb is a state force's
loss; the institution his sentence names tells the police from the army, and with none named the
rank alone codes no force."""

from __future__ import annotations

import rasad


def _bombings(text: str) -> list[dict]:
    events = rasad.extract(text, published="2014-05-12")["events"]
    return [e for e in events if e["event_type"] == "Explosions/Remote violence"]


def test_a_colonel_of_a_security_directorate_is_the_polices_loss() -> None:
    events = _bombings(
        "وقتل العقيد سالم الفيتوري من مديرية أمن بنغازي بانفجار عبوة ناسفة زرعت في سيارته "
        "صباح الأحد."
    )
    assert events, "no bombing read"
    assert events[0]["actor2"].startswith("Police Forces of Libya")


def test_a_major_of_the_army_is_the_armys_loss() -> None:
    events = _bombings(
        "وقتل الرائد سالم الفيتوري من الاستخبارات العسكرية بانفجار عبوة ناسفة زرعت في سيارته "
        "في بنغازي صباح الأحد."
    )
    assert events, "no bombing read"
    assert events[0]["actor2"].startswith("Military Forces of Libya")


def test_a_rank_with_no_institution_names_no_force() -> None:
    events = _bombings(
        "وقتل النقيب سالم الفيتوري بانفجار عبوة ناسفة زرعت في سيارته في بنغازي صباح الأحد."
    )
    assert events, "no bombing read"
    assert not (events[0]["actor2"] or "").startswith(("Police Forces", "Military Forces"))
