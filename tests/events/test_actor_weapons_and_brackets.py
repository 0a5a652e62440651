"""Sides named through their weapons, a bracketed branch of a long name, a relative firing verb,
and a battle told from the dead of one side "مع" the other."""

from __future__ import annotations

import rasad

ISRAEL = "Military Forces of Israel (2009-2021)"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"
YEMEN = "Military Forces of Yemen (2012-2022)"
SPLM_N = "SPLM-N: Sudan People's Liberation Movement-North"


def _events(text: str, published: str) -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _actors(text: str, published: str) -> list[str | None]:
    return [a.get("canonical") for a in rasad.extract(text, published=published)["actors"]]


def test_the_dead_of_a_group_in_fighting_with_a_force_make_both_sides() -> None:
    text = "لقي تسعة مسلحين من ميليشيات الحوثي مصرعهم في معارك عنيفة مع الجيش اليمني في مأرب أمس."
    battles = [e for e in _events(text, "2018-05-02") if e["event_type"] == "Battles"]
    assert battles, "no battle read"
    assert {battles[0]["actor1"], battles[0]["actor2"]} == {HOUTHI, YEMEN}


def test_a_drone_that_fired_the_missile_is_the_side_that_killed() -> None:
    text = "قتل شابان من جراء إصابتهما بشظايا صاروخ أطلقته طائرة إسرائيلية مسيرة شرق رفح اليوم."
    events = _events(text, "2018-08-03")
    assert events, "no event read"
    assert events[0]["actor1"] == ISRAEL
    assert events[0]["actor2"] != ISRAEL


def test_missiles_named_by_the_houthi_adjective_are_the_houthis() -> None:
    text = "استهدفت صواريخ حوثية مدينة نجران مساء الأحد دون أن توقع إصابات."
    events = _events(text, "2018-04-15")
    assert events, "no event read"
    assert events[0]["actor1"] == HOUTHI


def test_a_bracketed_branch_of_a_long_name_is_still_the_group() -> None:
    text = "اشتبك الجيش السوداني مع قوات الحركة الشعبية (قطاع الشمال) في ولاية النيل الأزرق أمس."
    assert SPLM_N in _actors(text, "2013-02-09")
