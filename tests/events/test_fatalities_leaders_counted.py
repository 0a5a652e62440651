"""Leaders counted by their word: "زعيمين" (plural زعماء) is two dead, and a commander in the
accusative ("قائدا") is one person joined to the count after him."""

from __future__ import annotations

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-05-01")["events"]]


def test_dual_of_leader_is_two_dead() -> None:
    text = "قال مصدر أمني إن غارة جوية قتلت زعيمين في تنظيم القاعدة قرب مدينة عتق."
    assert fatalities(text) == [2]


def test_commander_in_accusative_is_one_more_dead() -> None:
    text = "ذكر مسؤول أن قائدا ميدانيا في حركة الشباب وأربعة متشددين آخرين قتلوا قرب كسمايو."
    assert fatalities(text) == [5]
