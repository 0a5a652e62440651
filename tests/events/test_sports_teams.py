"""Two national teams and the World Cup make a match report, whose "confrontation" is a game."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_two_national_teams_first_confrontation_is_a_match() -> None:
    text = (
        "ويلعب المنتخبان مواجهتهما الأولى في ليما الأحد، كما يستعدان لخوض المونديال في روسيا."
    )
    assert _subs(text) == []
