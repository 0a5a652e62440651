"""Figures with the article refer back to known dead (events/counted_acts.definite)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_the_five_soldiers_told_again_are_no_rival_toll() -> None:
    events = events_of(
        "قتل ستة أشخاص الاثنين في هجوم مسلح على حاجز للجيش في بغداد، بينهم خمسة جنود. وقالت "
        "المصادر إن الجنود الخمسة قتلوا برصاص قناص.",
        "2021-03-10",
    )
    assert [e["fatalities"] for e in events] == [6]


def test_the_two_leaders_give_way_to_the_raids_toll() -> None:
    events = events_of(
        "قتل القائدان الميدانيان الاثنين في غارة جوية على ريف إدلب. وقالت مصادر إن الغارة أسفرت "
        "عن مقتل سبعة.",
        "2021-03-10",
    )
    assert [e["fatalities"] for e in events] == [7]


def test_the_two_leaders_alone_are_two_dead() -> None:
    events = events_of("قتل القائدان الميدانيان الاثنين في غارة جوية على ريف إدلب.", "2021-03-10")
    assert [e["fatalities"] for e in events] == [2]


def test_a_vague_quantity_with_the_article_is_still_a_count() -> None:
    events = events_of(
        "هاجم مسلحون قرية في ولاية بورنو الاثنين وقتلوا المئات من سكانها. ووقع الكثير من "
        "الضحايا في القرية.",
        "2021-03-10",
    )
    assert [e["fatalities"] for e in events] == [100]
