""" "قتل ثلاثة جنود في هجوم نفذه مسلحون من داعش": the men a relative verb of the attack names
as its doers ("نفذه"، "شنه") are their group's: the group is actor1, not the side hit, though
the death verb's victims stand before it."""

from __future__ import annotations

from tests.events.helpers import events_of


def _sides(text: str) -> list[tuple[str, str | None]]:
    return [(e["actor1"], e["actor2"]) for e in events_of(text, "2019-03-10")]


def test_gunmen_of_a_group_named_by_a_relative_verb_did_it() -> None:
    text = (
        "قتل ثلاثة جنود عراقيين في هجوم نفذه مسلحون من تنظيم داعش على حاجز في قضاء "
        "الطارمية أمس."
    )
    assert _sides(text) == [("Islamic State (Iraq)", "Military Forces of Iraq (2018-2020)")]


def test_the_counted_dead_of_a_group_stay_the_side_hit() -> None:
    text = (
        "قتل ثلاثة مسلحين من تنظيم داعش في هجوم شنه الجيش العراقي على مخبأ في قضاء "
        "الطارمية أمس."
    )
    assert _sides(text) == [("Military Forces of Iraq (2018-2020)", "Islamic State (Iraq)")]
