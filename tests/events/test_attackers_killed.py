"""Attackers killed ("قتل خمسة مهاجمين", "ثمانية مهاجمين قتلوا") are armed men, not civilians:
their deaths tell a fight, never an attack on civilians; attackers who killed civilians, and
one attacker killed after shooting worshippers, keep the attack on civilians."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-05-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_attackers_killed_by_the_army_are_a_clash() -> None:
    text = "وقتلت قوات الجيش ثمانية مهاجمين حاولوا اقتحام مركز أمني في العريش الأحد."
    assert _subs(text) == ["Armed clash"]


def test_attackers_killed_are_no_attack_on_civilians() -> None:
    text = "وقالت الشرطة إن ثمانية مهاجمين قتلوا خلال محاولتهم اقتحام مركز أمني في العريش الأحد."
    assert "Attack" not in _subs(text)


def test_attackers_who_killed_civilians_stay_an_attack() -> None:
    text = "وقتل المهاجمون خمسة مدنيين في هجوم على سوق في العريش الأحد."
    assert _subs(text) == ["Attack"]


def test_one_attacker_killed_after_shooting_worshippers_stays_an_attack() -> None:
    text = "وقتل المهاجم بعد أن أطلق النار على المصلين في مسجد بالعريش الأحد."
    assert _subs(text) == ["Attack"]
