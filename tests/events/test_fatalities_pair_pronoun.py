"""Victims told by a "-ين" noun (dual or plural alike in writing) and then "أحدهما"/"إحداهما"
("one of the two") are two dead, not the unnumbered default of three."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "مقتل فلسطينيين أحدهما صحفي في غارة إسرائيلية على خان يونس أمس.",
        "قتل مسلحون مجهولون شابين، أحدهما طفل، في هجوم على بلدة في ريف درعا أمس.",
        "مقتل مدنيين وإحداهما امرأة بقصف مدفعي على بلدة سراقب أمس.",
    ],
)
def test_one_of_the_two_makes_two_dead(text: str) -> None:
    events = rasad.extract(text, published="2020-05-06")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 2


def test_without_the_pronoun_the_default_stands() -> None:
    text = "مقتل فلسطينيين في غارة إسرائيلية على خان يونس أمس."
    events = rasad.extract(text, published="2020-05-06")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 3
