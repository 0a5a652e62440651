""""فرد" (a member of a force) names one person; its dual "فردين"/"فردان" counts two dead (its
plural is "أفراد", so the dual is never a plural)."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("قتل فردين من الشرطة في هجوم مسلح في مدينة الشيخ زويد.", 2),
        ("قتل فردان من الشرطة في هجوم مسلح في مدينة الشيخ زويد.", 2),
        ("قتل فرد من الشرطة في هجوم مسلح في مدينة الشيخ زويد.", 1),
    ],
)
def test_members_of_a_force_counted(text: str, dead: int) -> None:
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == dead


def test_members_wounded_are_no_dead() -> None:
    text = "أصيب فردان من الشرطة في هجوم مسلح في مدينة الشيخ زويد."
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 0
