"""A death told with its cause between the verb and the man ("واستشهد في الهجوم العريف …")
still names the man hit; a non-commissioned rank is a soldier or policeman, of the force the
sentence before named its men of."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2019-06-18") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_corporal_killed_in_the_attack_keeps_the_sides() -> None:
    text = (
        "قتل ثلاثة جنود في هجوم على نقطة تفتيش في ولاية بورنو يوم الأحد. "
        "وقتل في الهجوم الرقيب موسى إبراهيم."
    )
    events = _events(text)
    assert len(events) == 1, events
    assert events[0]["sub_event_type"] == "Armed clash"
    assert (events[0]["actor2"] or "").startswith("Military Forces of Nigeria")


def test_soldier_named_after_the_cause_is_the_side_hit() -> None:
    text = (
        "قتل ثلاثة جنود في هجوم على نقطة تفتيش في ولاية بورنو يوم الأحد. "
        "وقتل في الهجوم الجندي موسى إبراهيم."
    )
    events = _events(text)
    assert len(events) == 1, events
    assert (events[0]["actor2"] or "").startswith("Military Forces of Nigeria")
