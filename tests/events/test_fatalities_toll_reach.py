"""The total a toll reached ("ارتفعت حصيلة قتلى التفجير الانتحاري … إلى 83") counts the dead
the toll phrase names, even when the act noun and its adjective split the sentence between two
mentions (the death word in one window, the figure in the next)."""

from __future__ import annotations

import rasad


def test_a_toll_total_after_two_act_words_counts_its_dead() -> None:
    text = "ارتفعت حصيلة قتلى التفجير الانتحاري في مدينة بيشاور إلى 41."
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 41


def test_a_figure_the_toll_did_not_reach_counts_no_dead() -> None:
    text = "ارتفعت حصيلة قتلى التفجير الانتحاري في مدينة بيشاور، الذي وقع قرب 5 مدارس."
    events = rasad.extract(text, published="2019-02-01")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] != 5
