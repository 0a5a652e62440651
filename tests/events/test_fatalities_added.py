"""People counted after "فضلا عن"/"إضافة إلى" add to the one dead named before them, even when
the attack and its place stand between, or a comma sets the adding phrase apart."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "قتل قيادي في داعش بغارة على بلدة الباغوز، فضلا عن سبعة من مرافقيه.",
        "قتل قيادي في داعش بغارة على الباغوز فضلا عن سبعة من مرافقيه.",
    ],
)
def test_count_after_an_adding_phrase_adds_to_the_named_one(text: str) -> None:
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 8


def test_a_count_with_its_own_injury_word_adds_no_dead() -> None:
    text = "قتل قيادي في داعش بغارة على بلدة الباغوز، فضلا عن إصابة سبعة من مرافقيه."
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 1
