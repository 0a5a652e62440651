"""A sentence that tells one act as the first ("في الانفجار الأول") and another as the second
("في الانفجار الثاني") tells two acts: their dead add up when they make one ACLED event (one
day, place, sides and type). A second act named with no first one told beside it may point
back at an act already counted: its figure adds nothing."""

from __future__ import annotations

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-02-26")["events"]]


def test_dead_of_the_first_and_second_blast_add_up() -> None:
    text = (
        "وقتل 21 شخصا في الانفجار الأول، بينما قتل أربعة آخرون في الانفجار الثاني قرب سوق "
        "مدينة بعقوبة صباح الأحد."
    )
    assert fatalities(text) == [25]


def test_a_second_blast_with_no_first_told_beside_it_adds_nothing() -> None:
    text = (
        "انفجرت سيارتان مفخختان في سوق مدينة بعقوبة يوم الأحد ما أسفر عن مقتل 12 شخصا. وقتل "
        "أربعة من القتلى في الانفجار الثاني."
    )
    assert fatalities(text) == [12]
