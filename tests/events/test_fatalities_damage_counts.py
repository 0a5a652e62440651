"""A number after a word of destruction, damage or displacement joined to the dead ("وتدمير
مئات من الخيام", "وتضرر عشرات المنازل", "وتشريد آلاف") counts what was destroyed or who was
driven out, not more dead (ACLED counts deaths only)."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str) -> int:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_hundreds_of_destroyed_tents_are_not_dead() -> None:
    text = (
        "قصفت طائرات حربية مخيما للنازحين في ريف حماة، مما أسفر عن سقوط 14 قتيلا"
        " وتدمير مئات من الخيام."
    )
    assert _fatalities(text, "2019-08-02") == 14


def test_damaged_houses_are_not_dead() -> None:
    text = "قصفت طائرات حربية بلدة كفرنبل، مما أسفر عن مقتل 9 مدنيين وتضرر عشرات المنازل."
    assert _fatalities(text, "2019-08-02") == 9


def test_the_displaced_are_not_dead() -> None:
    text = "هاجم مسلحون قرية في ولاية بورنو وقتلوا 11 شخصا وأحرقوا عشرات المنازل وتشريد المئات."
    assert _fatalities(text, "2019-08-02") == 11


def test_the_dead_joined_after_a_destruction_still_count() -> None:
    text = "قصفت طائرات حربية بلدة كفرنبل، مما أسفر عن تدمير منزلين ومقتل 4 مدنيين و3 أطفال."
    assert _fatalities(text, "2019-08-02") == 7
