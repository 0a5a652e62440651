"""Players objecting to a referee's call in a sentence about a match (events/match_calls.py):
a complaint on the pitch, no demonstration. Fans marching about their club, and a protest
about an expulsion with no word of sport, stay protests."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-02-17")["events"]]


def test_players_objecting_to_a_penalty_are_no_protest() -> None:
    text = "وكان بعض اللاعبين احتج أمس على منح الترجي ركلة جزاء في نهاية الشوط الأول في رادس."
    assert _subs(text) == []


def test_a_goal_allowed_despite_objections_is_no_protest() -> None:
    text = "وصنع مارادونا التاريخ بيده حين سجل هدفا، ورغم احتجاج الإنجليز إلا أن الهدف احتسب."
    assert _subs(text) == []


def test_fans_marching_about_their_club_still_protest() -> None:
    text = "وتظاهر مئات من مشجعي النادي أمس أمام مقره في مدينة تونس احتجاجا على إقالة المدرب."
    assert _subs(text) == ["Peaceful protest"]


def test_a_protest_about_an_expulsion_is_still_a_protest() -> None:
    # "طرد" is a referee's sending-off only in a sentence about a match
    assert _subs("وتظاهر آلاف أمس في مدينة تونس احتجاجا على طرد السفير.") == ["Peaceful protest"]
