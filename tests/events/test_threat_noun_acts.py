"""Acts a threat noun governs with "بـ", and those joined to them by و, are threatened."""

from __future__ import annotations

from tests.events.helpers import run


def test_acts_joined_after_a_threat_noun_are_threatened() -> None:
    doc = run("ووجه الحوثيون تهديدات بضرب الرياض وقصف منشآتها النفطية في الرياض.")
    assert list(doc.events) == []


def test_how_grave_a_threat_is_names_no_act() -> None:
    doc = run("ويشكل داعش تهديدا بالغا للمدنيين وقصف الطيران الروسي مواقعه في الرقة اليوم.")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]
