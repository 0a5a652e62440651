"""Two forces joined by و before a killing's object are one subject: the object follows the
last of them, so the verb is active and neither force is the other's victim."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2013-03-03")["events"]


def test_allied_armies_killing_militants_are_one_side() -> None:
    events = _events(
        "وقتل الجيش الفرنسي والجيش التشادي عشرات المسلحين قرب مدينة تساليت شمال مالي يوم الجمعة."
    )
    assert events, "no event read"
    sides = {events[0]["actor1"], events[0]["actor2"]}
    assert "Military Forces of France" in sides
    assert "Military Forces of Chad" not in sides
    assert "Unidentified Armed Group (Mali)" in sides


def test_a_nisba_of_a_second_force_joins_the_subject() -> None:
    events = _events(
        "وقتلت القوات الفرنسية والتشادية عشرات المسلحين قرب مدينة تساليت شمال مالي يوم الجمعة."
    )
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of France"
    assert events[0]["actor2"] == "Unidentified Armed Group (Mali)"
