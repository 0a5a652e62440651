"""One conscript named by a singular noun is one dead, and joins a list of people named one
by one (resources/cues.yaml singular_victims)."""

from __future__ import annotations

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2019-02-10")["events"]]


def test_a_conscript_and_a_policeman_are_two_dead() -> None:
    assert fatalities("قتل مسلحون مجهولون مجندا وشرطيا عند حاجز في مدينة درعا أمس.") == [2]


def test_one_conscript_is_one_dead() -> None:
    assert fatalities("مقتل مجند في هجوم على حاجز في مدينة درعا أمس.") == [1]


def test_a_counted_number_of_conscripts_keeps_its_number() -> None:
    # near miss: a number counts them, the singular list plays no part
    assert fatalities("قتل مسلحون مجهولون خمسة مجندين عند حاجز في مدينة درعا أمس.") == [5]
