"""A state force announcing the death of soldiers named with no force or country of their own
("أعلن الجيش استشهاد أربعة جنود في هجوم على كمين") lost them: in an attack it is the side
attacked, not the attacker, even when the place attacked ("كمين", a checkpoint) reads as an
act of its own."""

from __future__ import annotations

import rasad

EGYPT = "Military Forces of Egypt (2014-)"


def _first(text: str) -> dict:
    events = rasad.extract(text, published="2019-03-04")["events"]
    assert events, f"no event read in {text!r}"
    return events[0]


def test_army_announcing_its_soldiers_dead_is_the_side_attacked() -> None:
    e = _first("أعلنت القوات المسلحة المصرية استشهاد ثلاثة جنود في هجوم على كمين بالعريش.")
    assert e["actor2"] == EGYPT
    assert e["actor1"].startswith("Unidentified Armed Group")


def test_possessive_men_in_an_attack() -> None:
    e = _first("أعلن الجيش المصري مقتل خمسة من جنوده في هجوم على كمين جنوب رفح.")
    assert e["actor2"] == EGYPT
    assert e["actor1"].startswith("Unidentified Armed Group")


def test_soldiers_of_another_country_are_not_the_announcers() -> None:
    e = _first(
        "أعلن الجيش المصري مقتل جنديين أمريكيين من قوات حفظ السلام في هجوم على كمين جنوب رفح."
    )
    assert e["actor2"] != EGYPT


def test_dead_told_with_another_side_keep_the_fight_as_read() -> None:
    e = _first("أعلن الجيش المصري مقتل أربعة جنود و12 مسلحا في اشتباكات بمدينة الشيخ زويد.")
    assert EGYPT in (e["actor1"], e["actor2"])
