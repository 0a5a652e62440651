"""A count a few words before a plural death verb counts people (the verb's "وا" agrees with
people only); the hedge "على الأقل" after the counted noun and its adjective is no word of
what is counted, so it does not push the verb out of reach."""

from __future__ import annotations

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-03-27")["events"]]


def test_a_hedged_count_with_an_adjective_before_a_plural_verb() -> None:
    text = (
        "وقالت مصادر ميدانية إن 6 متمردين انفصاليين على الأقل لقوا مصرعهم في مواجهات مع "
        "الجيش قرب بلدة كيدال شمال مالي."
    )
    assert fatalities(text) == [6]


def test_things_before_a_singular_verb_stay_no_dead_when_hedged() -> None:
    # the rockets take a feminine singular verb: the three are the dead, not the 20
    found = fatalities("أطلق المسلحون 20 صاروخا محليا على الأقل قتلت ثلاثة أشخاص في مدينة بعقوبة.")
    assert not set(found) & {20, 23}
