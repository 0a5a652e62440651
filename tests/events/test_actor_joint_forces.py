"""Two forces of one state named as the sides of a clash "مع" a third fight together against
it ("اشتباكات بين قوات الجيش والشرطة التونسية مع متشددين"): the third is actor2; two forces of
one state with no third named stay the sides read."""

from __future__ import annotations

import rasad


def _battles(text: str) -> list[dict]:
    events = rasad.extract(text, published="2020-05-10")["events"]
    return [e for e in events if e["event_type"] == "Battles"]


def test_army_and_police_with_unnamed_militants_fight_the_militants() -> None:
    text = (
        "تونس - دارت اشتباكات بين قوات الجيش والشرطة التونسية مع متشددين في جبل سمامة "
        "بولاية القصرين يوم الخميس."
    )
    events = _battles(text)
    assert events, "no battle read"
    assert events[0]["actor1"] == "Military Forces of Tunisia"
    assert events[0]["actor2"] == "Unidentified Armed Group (Tunisia)"


def test_two_forces_of_one_state_with_no_third_side_stay_the_sides() -> None:
    text = (
        "تونس - دارت اشتباكات بين قوات الجيش والشرطة التونسية في جبل سمامة بولاية القصرين "
        "يوم الخميس."
    )
    events = _battles(text)
    assert events, "no battle read"
    assert events[0]["actor2"] == "Police Forces of Tunisia"
