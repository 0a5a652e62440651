""" "قال متحدث باسم طالبان إن غارات قتلت اثنين من كبار قادتنا": the speaker's men in the first
person plural, after the trigger, are the side hit — the speaker's group is actor2."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2016-05-22") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_our_leaders_killed_by_drones_are_the_speakers_side() -> None:
    events = _events(
        "كابول - قال متحدث باسم طالبان يوم الأحد إن هجمات بطائرات بلا طيار قتلت اثنين من كبار"
        " قادتنا في ولاية قندهار."
    )
    assert events, "no event read"
    assert events[0]["actor1"] != "Taliban"
    assert events[0]["actor2"] == "Taliban"


def test_the_force_named_as_doer_stays_the_doer() -> None:
    events = _events(
        "كابول - قال متحدث باسم طالبان إن القوات الأمريكية قتلت عددا من مقاتلينا في ولاية قندهار."
    )
    assert events, "no event read"
    assert "United States" in (events[0]["actor1"] or "")
    assert events[0]["actor2"] == "Taliban"


def test_the_speakers_men_as_subject_are_the_doers() -> None:
    events = _events(
        "كابول - قال متحدث باسم طالبان إن مقاتلي الحركة قتلوا عشرة جنود في ولاية قندهار."
    )
    assert events, "no event read"
    assert events[0]["actor1"] == "Taliban"


def test_our_men_hit_by_a_verb_joined_to_the_trigger() -> None:
    # "وجرحت …" goes on with the shelling's subject: the men it wounded were hit by the shelling
    events = _events(
        "قال المتحدث باسم قوات سوريا الديمقراطية إن القوات التركية قصفت قرية قرب تل تمر أمس"
        " وجرحت اثنين من مقاتلينا.",
        "2021-03-10",
    )
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces")
    ]
