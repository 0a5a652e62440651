"""A figure "of the victims" is part of a toll told elsewhere, and the first figure after words of
an earlier toll is that earlier count (events/counted_acts.py)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_some_of_the_victims_is_no_rival_toll() -> None:
    events = events_of(
        "قتل أربعة أشخاص الاثنين داخل مطعم في بغداد. وقتل ثلاثة من الضحايا على الفور، بينما "
        "توفي رابع في المستشفى.",
        "2021-03-10",
    )
    assert [e["fatalities"] for e in events] == [4]


def test_some_of_the_victims_alone_still_died() -> None:
    events = events_of("قتل ثلاثة من الضحايا الاثنين داخل مطعم في بغداد.", "2021-03-10")
    assert [e["fatalities"] for e in events] == [3]


def test_an_earlier_toll_told_after_who_gave_it_is_replaced() -> None:
    events = events_of(
        "قتل أربعة أشخاص الاثنين داخل مطعم في بغداد. وفي حصيلة سابقة، كانت الشرطة تحدثت عن "
        "وجود ثلاثة قتلى.",
        "2021-03-10",
    )
    assert [e["fatalities"] for e in events] == [4]
