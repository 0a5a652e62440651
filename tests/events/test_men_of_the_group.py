"""Armed men "من" a group word ("مسلحون من الجماعة") are the subject of the killing verb: the
group word belongs to the subject, the count after it is the object, and a back-reference
with no group named before it leaves the men themselves as the actor."""

from __future__ import annotations

from tests.events.helpers import events_of

IRAQ_ARMY = "Military Forces of Iraq (2018-2020)"
UNIDENTIFIED = "Unidentified Armed Group (Iraq)"


def test_men_of_an_unnamed_group_killing_soldiers_are_the_doers() -> None:
    text = "قتل مسلحون من الجماعة ستة جنود في هجوم على حاجز قرب مدينة الموصل يوم الأحد."
    events = events_of(text, "2019-04-08")
    assert events, "no event read"
    assert events[0]["actor1"] == UNIDENTIFIED
    assert events[0]["actor2"] == IRAQ_ARMY


def test_men_of_a_clan_killing_soldiers_are_the_doers() -> None:
    text = "قتل مسلحون من العشيرة أربعة جنود في هجوم على حاجز قرب مدينة الموصل يوم الأحد."
    events = events_of(text, "2019-04-08")
    assert events, "no event read"
    assert {events[0]["actor1"], events[0]["actor2"]} == {UNIDENTIFIED, IRAQ_ARMY}


def test_men_of_a_group_killed_with_no_object_stay_the_side_hit() -> None:
    # the passive: no count follows the group word, the army attacked them
    text = "قتل مسلحون من الجماعة في هجوم للجيش على قرية قرب مدينة الموصل يوم الأحد."
    events = events_of(text, "2019-04-08")
    assert events, "no event read"
    assert events[0]["actor1"] == IRAQ_ARMY
    assert events[0]["actor2"] == UNIDENTIFIED


def test_men_of_a_named_group_are_that_group() -> None:
    text = "قتل مسلحون من داعش ستة جنود في هجوم على حاجز قرب مدينة الموصل يوم الأحد."
    events = events_of(text, "2019-04-08")
    assert events, "no event read"
    assert events[0]["actor1"] == "Islamic State (Iraq)"
