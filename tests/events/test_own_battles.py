"""A battle noun with a possessive pronoun ("معركته مع المتطرفين", "في معركتها ضد أعداء
الوطن") names a party's war or campaign, not one day's fighting; with a killing told in its
clause it stays the setting that names the sides."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2018-03-04") -> list[tuple[str, str | None, str | None]]:
    evs = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in evs]


def test_an_army_unable_to_win_its_battle_fights_none_that_day() -> None:
    text = (
        "وقال القائد إن الجيش الليبي يعاني من نقص في التسليح مما أدى إلى صعوبة حسم معركته مع"
        " المتطرفين في درنة."
    )
    assert _events(text) == []


def test_the_armed_forces_in_their_battle_against_enemies_is_a_campaign() -> None:
    text = "وقال المتحدث إن القوات المسلحة تعتمد على الانضباط في معركتها ضد أعداء الوطن في سيناء."
    assert _events(text) == []


def test_soldiers_killed_in_their_battle_keep_both_sides() -> None:
    text = "وقتل عشرة جنود عراقيين الأحد في معركتهم مع داعش في الموصل."
    assert [(s, a2) for s, _, a2 in _events(text)] == [("Armed clash", "Islamic State (Iraq)")]
