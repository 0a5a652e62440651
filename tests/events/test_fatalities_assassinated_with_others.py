"""An assassination of one named person "و<count> آخرين" kills the count besides him: one more
than the count, not the named one alone."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str = "2016-03-08") -> int:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_the_named_one_and_two_others() -> None:
    text = "واغتال مسلحون مجهولون الاثنين مدير ناحية البلدة واثنين آخرين في مدينة كركوك."
    assert _fatalities(text) == 3


def test_the_named_one_and_four_others() -> None:
    text = "واغتال مسلحون مجهولون رئيس المجلس البلدي وأربعة آخرين قرب مدينة كركوك."
    assert _fatalities(text) == 5


def test_others_wounded_by_another_verb_are_not_dead() -> None:
    text = "واغتال مسلحون مجهولون رئيس المجلس البلدي وأصابوا أربعة آخرين قرب مدينة كركوك."
    assert _fatalities(text) == 1
