"""A count of dead before a plural death verb stays the toll when the breakdown between them
has more than one part ("13 مدنيا بينهم 4 أطفال و3 نساء قتلوا"): the part joined by "و" to the
first is a part too, not a count of its own that keeps the 13 from its verb."""

from __future__ import annotations

import pytest

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-04-11")["events"]]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "قال ناشطون إن 17 مدنيا بينهم 5 أطفال و3 نساء قتلوا الثلاثاء في غارات على بلدة كفرنبل.",
            17,
        ),
        ("ذكرت مصادر محلية أن 9 أشخاص، بينهم طفلان وامرأة، لقوا حتفهم في قصف على مدينة الرستن.", 9),
        ("قال مسعفون إن 11 مدنيا بينهم 6 أطفال وامرأتان قتلوا في غارة على بلدة سرمين الاثنين.", 11),
    ],
)
def test_count_before_a_breakdown_of_several_parts(text: str, dead: int) -> None:
    assert fatalities(text) == [dead]


def test_a_breakdown_of_one_part_still_counts_the_whole() -> None:
    text = "قال ناشطون إن 17 مدنيا بينهم 5 أطفال قتلوا الثلاثاء في غارات على بلدة كفرنبل."
    assert fatalities(text) == [17]


def test_counts_joined_without_a_breakdown_still_add_up() -> None:
    # no "بينهم": two groups of dead, the subject of the verb together
    text = "قال ناشطون إن 7 جنود و4 مدنيين قتلوا الثلاثاء في غارات على بلدة كفرنبل."
    assert fatalities(text) == [11]
