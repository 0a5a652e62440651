"""Who holds an area ("خاضعة لسيطرة", "تسيطر عليها") describes the place an act hit: the deaths
told after it are that act's, not the toll of a situation of control."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2017-05-14")["events"]


def test_deaths_after_an_area_held_by_a_group() -> None:
    text = (
        "قصفت قوات النظام، الأحد، أحياء خاضعة لسيطرة المعارضة في مدينة حلب "
        "ما أدى إلى مقتل خمسة مدنيين."
    )
    events = _events(text)
    assert [e["fatalities"] for e in events] == [5]


def test_deaths_after_a_relative_clause_of_control() -> None:
    text = (
        "قصفت قوات النظام، الأحد، أحياء تسيطر عليها المعارضة في مدينة حلب "
        "ما أدى إلى مقتل سبعة مدنيين."
    )
    events = _events(text)
    assert [e["fatalities"] for e in events] == [7]


def test_a_situation_of_fighting_still_keeps_its_dead() -> None:
    # a situation with no day of its own: its dead make no event of the day
    text = "وتشهد المناطق الحدودية اشتباكات متقطعة منذ سنوات أسفرت عن مقتل المئات."
    assert _events(text) == []


def test_forced_out_after_the_dead_are_not_dead() -> None:
    text = (
        "قصفت قوات النظام، الأحد، بلدة خاضعة لسيطرة المعارضة في ريف حماة "
        "ما أدى إلى مقتل 12 شخصا وإجبار 900 على النزوح."
    )
    assert [e["fatalities"] for e in _events(text)] == [12]
