""" "مواقع المعارضة", "معاقل المعارضة": an actor whose own name begins with a position noun is
what is hit, never the doer."""

from __future__ import annotations

import pytest

import rasad

REBELS = "Opposition Rebels (Syria)"


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2017-03-12")["events"]


@pytest.mark.parametrize(
    "text",
    [
        "وقصفت الطائرات الحربية مواقع للمعارضة في ريف حماة الشمالي مساء أمس.",
        "واستهدفت المدفعية معاقل المعارضة في بلدة اللطامنة بريف حماة.",
    ],
)
def test_a_name_opening_with_a_position_noun_is_the_target(text: str) -> None:
    events = _events(text)
    assert events, f"no event read in {text!r}"
    assert events[0]["actor1"] != REBELS
    assert events[0]["actor2"] == REBELS


def test_the_opposition_named_without_a_position_noun_still_acts() -> None:
    events = _events("وقصفت فصائل المعارضة مواقع قوات النظام في بلدة اللطامنة بريف حماة.")
    assert events and events[0]["actor1"] == REBELS
