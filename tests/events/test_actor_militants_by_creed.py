"""Militants named by their creed ("المتشددين", "المتطرفين") are armed men: after a force
that kills them they are its object, so the force is the killer, not the victim of a passive."""

from __future__ import annotations

import rasad


def _clashes(text: str) -> list[dict]:
    events = rasad.extract(text, published="2020-05-10")["events"]
    return [e for e in events if e["sub_event_type"] == "Armed clash"]


def test_force_killing_dozens_of_hardliners_is_the_killer() -> None:
    events = _clashes("قتلت القوات الفرنسية عشرات المتشددين في شمال مالي أمس.")
    assert events, "no clash read"
    assert events[0]["actor1"] == "Military Forces of France"
    assert events[0]["actor2"] != "Military Forces of France"


def test_army_killing_counted_extremists_faces_unnamed_group() -> None:
    events = _clashes("قتل الجيش المالي عشرات المتطرفين في منطقة موبتي وسط مالي.")
    assert events, "no clash read"
    assert events[0]["actor1"] == "Military Forces of Mali"
    assert events[0]["actor2"] == "Unidentified Armed Group (Mali)"


def test_army_killing_hardliners_in_the_plural_object() -> None:
    events = _clashes("قتل الجيش النيجيري متشددين في ولاية بورنو شمال شرق نيجيريا.")
    assert events, "no clash read"
    assert events[0]["actor1"] == "Military Forces of Nigeria"
