"""A count after "مقابل" right behind a count of dead is the other side's dead: it adds to the
first figure (ACLED counts the dead of all sides)."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the second count too far from the verb to count by itself
        (
            "قتل 9 من مسلحي تنظيم الدولة الإسلامية مقابل أربعة من عناصر الجيش"
            " في اشتباكات قرب الرقة.",
            13,
        ),
        ("لقي 20 من عناصر تنظيم الدولة الإسلامية مصرعهم مقابل ستة جنود في اشتباكات قرب الرقة.", 26),
    ],
)
def test_a_count_against_the_first_adds_the_other_sides_dead(text: str, dead: int) -> None:
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == dead


def test_wounded_against_the_dead_add_no_dead() -> None:
    text = (
        "قتل 9 من مسلحي تنظيم الدولة الإسلامية مقابل إصابة أربعة من عناصر الجيش"
        " في اشتباكات قرب الرقة."
    )
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 9
