"""A plural act noun with an imperfect verb in its relative clause ("الهجمات التي تشنها
الطائرات") names a practice when nothing in the paragraph dates it; a past verb or a day in the
paragraph keeps the event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_strikes_an_air_force_carries_out_are_a_practice() -> None:
    text = "وانتقد الوزير الهجمات التي تشنها الطائرات الأمريكية على مواقع الحركة في وزيرستان."
    assert _subs(text) == []


def test_raids_a_force_keeps_launching_are_a_practice() -> None:
    text = (
        "وأعلنت الحركة مسؤوليتها ردا على دعم الحكومة للغارات التي يشنها الطيران الروسي"
        " على ريف إدلب."
    )
    assert _subs(text) == []


def test_strikes_told_in_the_past_are_kept() -> None:
    text = "وانتقد الوزير الغارات التي شنتها الطائرات الأمريكية على مواقع الحركة في وزيرستان."
    assert _subs(text) == ["Air/drone strike"]


def test_strikes_going_on_since_this_morning_are_kept() -> None:
    text = (
        "وانتقد الوزير الغارات التي تشنها الطائرات الأمريكية منذ صباح اليوم على مواقع الحركة"
        " في وزيرستان."
    )
    assert _subs(text) == ["Air/drone strike"]
