"""The singular "قتيل" in a phrase of mixed fates ("بين قتيل وجريح") names no one dead: the
deaths are told without a number (ACLED's 3 for a limited attack), not one dead."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "أسفر انفجار عبوة ناسفة في مدينة كركوك عن سقوط 17 بين قتيل وجريح.",
        "أسفر انفجار عبوة ناسفة في مدينة كركوك عن سقوط ركاب الحافلة بين قتيل ومصاب.",
    ],
)
def test_mixed_fates_are_deaths_without_a_number(text: str) -> None:
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 3


def test_a_person_named_beside_mixed_fates_is_one_dead() -> None:
    text = "قتل شرطي بانفجار عبوة ناسفة في مدينة كركوك، ونقل القتلى والجرحى إلى المستشفى."
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 1
