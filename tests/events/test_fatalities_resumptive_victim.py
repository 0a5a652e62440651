"""A death verb followed by a preposition with a pronoun pointing back to the act ("قتل فيها",
"قتل خلالها") and then one singular person noun is one dead, not the unnumbered default of
three."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت عبوة ناسفة بدورية للجيش في الموصل قتل فيها جندي أمس.",
        "شنت طائرة مسيرة غارة على سيارة في مأرب قتل بها مدني الثلاثاء.",
        "اندلعت اشتباكات عنيفة في ريف درعا قتل خلالها عنصر من الفصائل.",
    ],
)
def test_one_victim_after_a_resumptive_preposition(text: str) -> None:
    events = rasad.extract(text, published="2020-05-06")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 1


def test_a_plural_victim_after_it_keeps_the_default() -> None:
    text = "انفجرت عبوة ناسفة بدورية للجيش في الموصل قتل فيها جنود أمس."
    events = rasad.extract(text, published="2020-05-06")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 3
