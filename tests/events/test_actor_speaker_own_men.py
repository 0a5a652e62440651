""" "قال قائد في المعارضة إن مقاتليه قصفوا ثكنة للجيش": a possessive on the men after "إن"
points back to who speaks, so the speaker's group did the act told."""

from __future__ import annotations

import rasad

REBELS = "Opposition Rebels (Syria)"
SYRIAN_ARMY = "Military Forces of Syria (2000-2024)"


def _events(text: str, published: str = "2024-03-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_a_commanders_fighters_are_his_group() -> None:
    events = _events("حماة - قال قائد في المعارضة السورية إن مقاتليه قصفوا ثكنة للجيش في ريف حماة.")
    assert events, "no event read"
    assert events[0]["actor1"] == REBELS
    assert events[0]["actor2"] == SYRIAN_ARMY


def test_an_officials_men_fight_the_side_named_with_ma() -> None:
    events = _events(
        "ديالى - قال مسؤول في الحشد الشعبي إن عناصره اشتبكوا مع مسلحين من داعش قرب بلدة المقدادية."
    )
    assert events, "no event read"
    assert "Popular Mobilization Forces" in (events[0]["actor1"] or "")
    assert events[0]["actor2"] == "Islamic State (Iraq)"


def test_men_without_a_possessive_are_not_the_speakers() -> None:
    events = _events("حمص - قال قائد في المعارضة السورية إن قوات النظام قصفت بلدة تلبيسة أمس.")
    assert events, "no event read"
    assert events[0]["actor1"] == SYRIAN_ARMY


def test_an_officials_men_killed_are_the_side_hit() -> None:
    # "قتلوا" without diacritics reads as the passive: the men died, their group was hit
    events = _events(
        "ديالى - قال مسؤول في الحشد الشعبي إن عناصره قتلوا في هجوم قرب بلدة المقدادية."
    )
    assert events, "no event read"
    assert "Popular Mobilization Forces" not in (events[0]["actor1"] or "")
    assert "Popular Mobilization Forces" in (events[0]["actor2"] or "")


def test_own_men_with_a_counted_object_after_the_death_verb_killed() -> None:
    # "قتلت 12 مسلحا": a count right after the verb is its object, the verb is active
    events = _events("قال الجيش الباكستاني إن قواته قتلت 12 مسلحا في إقليم وزيرستان الشمالي.")
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Pakistan"
    assert events[0]["actor2"] != "Military Forces of Pakistan"
