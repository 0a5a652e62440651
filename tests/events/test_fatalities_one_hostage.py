"""One hostage executed or killed is one dead; a hostage only held is no death."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2024-05-06")["events"]


def test_one_hostage_executed_is_one_dead() -> None:
    text = "أعلن تنظيم مسلح في شمال مالي يوم الأحد إعدام رهينة ألماني خطفه قبل عامين."
    events = _events(text)
    assert events, "no event read"
    assert events[0]["fatalities"] == 1


def test_the_hostage_killed_is_one_dead() -> None:
    text = "قالت الشرطة إن الخاطفين قتلوا الرهينة في مدينة تمبكتو يوم الأحد."
    events = _events(text)
    assert events, "no event read"
    assert events[0]["fatalities"] == 1


def test_a_counted_number_of_hostages_keeps_its_number() -> None:
    text = "أعلن الجيش مقتل 12 رهينة في هجوم على منشأة غازية في جنوب الجزائر يوم الأحد."
    events = _events(text)
    assert events, "no event read"
    assert events[0]["fatalities"] == 12
