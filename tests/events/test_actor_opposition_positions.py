"""Positions and strongholds "of the opposition" hit by a force are the armed opposition's: in
Syria ACLED's collective rebels, never a missing actor2."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات النظام السوري مواقع المعارضة في بلدة داريا بريف دمشق اليوم.",
        "شنت الطائرات الحربية السورية غارات على معاقل المعارضة في ريف إدلب أمس.",
    ],
)
def test_positions_of_the_opposition_are_the_rebels(text: str) -> None:
    events = rasad.extract(text, published="2013-03-01")["events"]
    assert events, "no event read"
    assert events[0]["actor2"] == "Opposition Rebels (Syria)"


def test_party_offices_of_the_opposition_are_no_armed_side() -> None:
    text = "أحرق متظاهرون غاضبون مقرات المعارضة في القاهرة اليوم."
    events = rasad.extract(text, published="2013-03-01")["events"]
    assert all(e["actor2"] != "Opposition Rebels (Syria)" for e in events)
    assert all("Rebels" not in str(e["actor2"]) for e in events)
