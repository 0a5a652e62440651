"""No dead reported with a dual or plural verb ("القذيفتين لم تسفرا عن سقوط ضحايا", "لم يسفروا
عن ضحايا"): the negation stands before the death word with only reporting words between, like
the singular "لم تسفر"; the death word gives no unnumbered three."""

from __future__ import annotations

import pytest

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-07-02")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "سقطت قذيفتا هاون على حي المزة في دمشق الأحد، ولم تسفرا عن وقوع ضحايا.",
        "سقطت قذيفتا هاون على حي المزة في دمشق الأحد. وقال شهود إن القذيفتين لم يسفرا عن سقوط"
        " ضحايا.",
    ],
)
def test_no_dead_with_a_dual_verb(text: str) -> None:
    assert fatalities(text) == [0]


def test_a_dual_verb_that_caused_deaths_keeps_them() -> None:
    text = "سقطت قذيفتا هاون على حي المزة في دمشق الأحد، وأسفرتا عن سقوط ضحايا."
    assert fatalities(text) == [3]
