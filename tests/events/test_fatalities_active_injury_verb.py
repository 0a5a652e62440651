"""The wounded counted after an active verb of injuring ("وأصابت ألفين", "وأصابوا عشرة") are no
dead (ACLED counts deaths only): the count stays the killed."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str) -> int:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_the_wounded_after_an_active_injury_verb_are_not_added_to_the_dead() -> None:
    text = "قتلت القوات الإسرائيلية 7 فلسطينيين وأصابت 300 آخرين خلال احتجاجات شرق مدينة غزة."
    assert _fatalities(text, "2018-04-06") == 7


def test_an_unnumbered_toll_is_not_swollen_by_the_wounded_thousands() -> None:
    text = "قتلت القوات الإسرائيلية العشرات وأصابت ألفين آخرين خلال احتجاجات شرق مدينة غزة."
    assert _fatalities(text, "2018-05-14") == 10
