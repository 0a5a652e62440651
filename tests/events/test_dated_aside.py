"""Dead told in brackets that date an earlier year are a past event's toll (counted_acts)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_a_past_attacks_toll_in_a_dated_aside_is_not_counted() -> None:
    events = events_of(
        "احتجز مسلح رهائن في متجر بمدينة ليون الفرنسية الجمعة، وطالب بإطلاق سراح أحد منفذي "
        "هجمات باريس (2015، التي راح ضحيتها 130 شخصا).",
        "2018-03-24",
    )
    assert [e["fatalities"] for e in events] == [0]


def test_an_aside_of_this_years_place_keeps_its_dead() -> None:
    events = events_of(
        "قتل شخصان الجمعة في هجوم مسلح على متجر في مدينة ليون (جنوب شرق فرنسا).", "2018-03-24"
    )
    assert [e["fatalities"] for e in events] == [2]
