"""A figure right before an act's noun counts the acts, not more dead (events/counted_acts.py)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_the_number_of_bombings_adds_no_dead() -> None:
    events = events_of("قتل عشرون شخصا في ثلاثة تفجيرات استهدفت أسواقا في بغداد.", "2021-03-10")
    assert [e["fatalities"] for e in events] == [20]


def test_the_number_of_air_raids_adds_no_dead() -> None:
    events = events_of("قتل 12 مدنيا في 5 غارات جوية على ريف إدلب.", "2021-03-10")
    assert [e["fatalities"] for e in events] == [12]


def test_a_plural_of_attackers_still_counts_people() -> None:
    events = events_of("قتل 4 انتحاريين في هجوم على مركز للشرطة في كركوك.", "2021-03-10")
    assert [e["fatalities"] for e in events] == [4]


def test_from_eleven_on_a_singular_act_noun_counts_the_acts() -> None:
    events = events_of("قتل 15 شخصا الاثنين في 12 غارة جوية على ريف إدلب.", "2021-03-10")
    assert [e["fatalities"] for e in events] == [15]


def test_a_figure_of_martyrs_is_not_a_count_of_acts() -> None:
    events = events_of(
        "وأعلن الحداد على ضحايا مجزرة غزة الاثنين، 52 شهيدا وأكثر من ألفي جريح.", "2018-05-14"
    )
    assert [e["fatalities"] for e in events if e["fatalities"]] == [52]
