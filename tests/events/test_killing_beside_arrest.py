"""A killing told beside an arrest or a deal (types that carry no deaths): its dead are not
folded into that event and lost.

Sentences written for these tests; each runs through the whole pipeline (actors, places,
dates), since the rule reads the real actor layer.
"""

from __future__ import annotations

import pytest

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2024-05-01")["events"]


def _dead(events: list[dict]) -> int:
    return sum(e["fatalities"] for e in events)


def test_a_raid_that_kills_militants_is_a_battle_with_their_dead():
    events = _events(
        "داهمت قوات الأمن وكرا لمسلحين في الموصل اليوم وقتلت ثلاثة منهم واعتقلت اثنين."
    )
    battles = [e for e in events if e["event_type"] == "Battles"]
    assert len(battles) == 1, events
    assert battles[0]["sub_event_type"] == "Armed clash"
    assert battles[0]["fatalities"] == 3  # "ثلاثة منهم" with no total before: 3, not a breakdown
    assert "Police" in battles[0]["actor1"]
    assert _dead(events) == 3
    # ACLED: the arrests the force makes in the fight are part of the battle
    assert not [e for e in events if e["sub_event_type"] == "Arrests"], events


def test_arrests_made_in_a_clash_by_the_same_force_are_part_of_it():
    events = _events("اشتبكت قوات الأمن مع مسلحين في الموصل اليوم واعتقلت خمسة منهم.")
    assert [e["sub_event_type"] for e in events] == ["Armed clash"], events


def test_those_arrested_are_not_counted_among_the_dead():
    events = _events("اعتقلت الشرطة في البصرة اليوم خمسة مسلحين وقتلت اثنين آخرين.")
    assert _dead(events) == 2, events
    killing = next(e for e in events if e["fatalities"])
    assert "Police" in killing["actor1"]  # "وقتلت": the subject of the arrest before it


@pytest.mark.parametrize(
    "text",
    [
        # after "بعد": background to the arrest
        "اعتقلت الشرطة في البصرة اليوم خمسة أشخاص بعد أن قتل مسلحون ثلاثة مدنيين.",
        # a relative clause describes those arrested
        "اعتقلت الشرطة في البصرة اليوم المسلحين الذين قتلوا ثلاثة مدنيين الأسبوع الماضي.",
        # what those arrested did is what they are held for
        "اعتقلت الشرطة في البصرة اليوم خمسة أشخاص، وقال مسؤول إنهم قتلوا ثلاثة مدنيين.",
    ],
)
def test_a_killing_that_is_no_act_told_beside_the_arrest_adds_no_dead(text: str) -> None:
    events = _events(text)
    assert _dead(events) == 0, events


def test_a_killing_in_a_clause_of_its_own_beside_a_deal_is_its_own_event():
    events = _events(
        "وقعت الحكومة والمتمردون اتفاقا لوقف إطلاق النار في الخرطوم اليوم، "
        "وقتل مسلحون خمسة مدنيين في دارفور."
    )
    assert _dead(events) == 5, events


def test_the_fighting_before_a_deal_makes_no_second_clash():
    events = _events(
        "وقعت الحكومة والمتمردون اتفاق سلام في الخرطوم اليوم بعد معارك قتل فيها 20 شخصا."
    )
    assert len([e for e in events if e["event_type"] == "Battles"]) <= 1, events
    assert _dead(events) <= 20
