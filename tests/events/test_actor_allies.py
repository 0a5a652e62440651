"""Two actors joined by و are one side, also when the first name ends in a nisba adjective
that the dictionary did not take into its span ("قوات الشرعية اليمنية ومقاتلات التحالف")."""

from __future__ import annotations

import pytest

import rasad
from rasad.events.joined_sides import _past_adjectives

ALLY = "Operation Restoring Hope"


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات الشرعية اليمنية ومقاتلات التحالف مديرية رازح في محافظة صعدة.",
        "قصفت قوات الشرعية اليمنية ومقاتلات التحالف العربي، الخميس، معسكرا في مديرية رازح "
        "بمحافظة صعدة.",
    ],
)
def test_an_ally_joined_after_a_nisba_adjective_is_not_the_other_side(text: str) -> None:
    events = rasad.extract(text, published="2018-04-26")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Yemen (2012-2022)"
    assert events[0]["actor2"] != ALLY


def test_only_nisba_adjectives_are_passed_over_in_the_gap() -> None:
    assert _past_adjectives(" اليمنية و") == "و"
    assert _past_adjectives(" اليمنية ") == ""  # the و is glued to the next name
    assert _past_adjectives(" العراقية، و") == "، و"
    assert _past_adjectives(" التابعة ") == " التابعة "  # not a nisba: the gap stays
    assert _past_adjectives(" في ") == " في "
