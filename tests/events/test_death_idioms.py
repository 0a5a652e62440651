"""Idioms of dying whose complement is the dead, and one person named by a trade."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_fell_victim_to_it_counts_the_dead_after_it() -> None:
    events = events_of(
        "انفجرت سيارة مفخخة في سوق بغداد راح ضحيته 15 مدنيا و3 من رجال الشرطة.", "2021-03-10"
    )
    assert [e["fatalities"] for e in events] == [18]


def test_reaped_the_lives_of_counts_the_dead() -> None:
    events = events_of("انفجرت سيارة مفخخة في سوق بغداد وحصدت أرواح عشرة مدنيين.", "2021-03-10")
    assert [e["fatalities"] for e in events] == [10]


def test_one_player_killed_is_one_dead() -> None:
    events = events_of(
        "أعلن مصدر مقتل لاعب كرة القدم في سقوط قذيفة على مدينة حلب وإصابة آخرين.", "2021-03-10"
    )
    assert [e["fatalities"] for e in events] == [1]
