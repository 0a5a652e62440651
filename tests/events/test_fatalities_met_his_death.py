""" "لقي مصرعه" / "لقيت حتفها" as a whole is one dead: the idiom's "ل" is no preposition to
strip before the word is looked up (it was, and the idiom then named no victim, which sent a
single death told with it to the unnumbered three)."""

from __future__ import annotations

import pytest

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-04-11")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "أصيب شرطيان في تبادل لإطلاق النار مع المسلح، الذي لقي مصرعه، في مدينة بالتيمور.",
        "قتل القيادي في حركة الشباب، الذي لقي مصرعه في غارة أمريكية قرب مدينة كسمايو الأحد.",
        "قتلت امرأة في قصف على حي سكني في مدينة الموصل، حيث لقيت حتفها على الفور.",
    ],
)
def test_the_idiom_names_one_dead(text: str) -> None:
    assert fatalities(text) == [1]


def test_the_plural_idiom_keeps_its_count() -> None:
    text = "لقي 6 أشخاص مصرعهم في غارة جوية على سوق في مدينة الموصل الأحد."
    assert fatalities(text) == [6]
