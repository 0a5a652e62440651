"""Sides named through their weapons, a bracketed branch of a long name, a relative firing verb,
and a battle told from the dead of one side "مع" the other."""

from __future__ import annotations

import rasad
from tests.events.helpers import events_of

ISRAEL = "Military Forces of Israel (2009-2021)"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"
YEMEN = "Military Forces of Yemen (2012-2022)"
SPLM_N = "SPLM-N: Sudan People's Liberation Movement-North"


def _actors(text: str, published: str) -> list[str | None]:
    return [a.get("canonical") for a in rasad.extract(text, published=published)["actors"]]


def test_the_dead_of_a_group_in_fighting_with_a_force_make_both_sides() -> None:
    text = "لقي تسعة مسلحين من ميليشيات الحوثي مصرعهم في معارك عنيفة مع الجيش اليمني في مأرب أمس."
    battles = [e for e in events_of(text, "2018-05-02") if e["event_type"] == "Battles"]
    assert battles, "no battle read"
    assert {battles[0]["actor1"], battles[0]["actor2"]} == {HOUTHI, YEMEN}


def test_a_drone_that_fired_the_missile_is_the_side_that_killed() -> None:
    text = "قتل شابان من جراء إصابتهما بشظايا صاروخ أطلقته طائرة إسرائيلية مسيرة شرق رفح اليوم."
    events = events_of(text, "2018-08-03")
    assert events, "no event read"
    assert events[0]["actor1"] == ISRAEL
    assert events[0]["actor2"] != ISRAEL


def test_missiles_named_by_the_houthi_adjective_are_the_houthis() -> None:
    text = "استهدفت صواريخ حوثية مدينة نجران مساء الأحد دون أن توقع إصابات."
    events = events_of(text, "2018-04-15")
    assert events, "no event read"
    assert events[0]["actor1"] == HOUTHI


def test_a_bracketed_branch_of_a_long_name_is_still_the_group() -> None:
    text = "اشتبك الجيش السوداني مع قوات الحركة الشعبية (قطاع الشمال) في ولاية النيل الأزرق أمس."
    assert SPLM_N in _actors(text, "2013-02-09")


def test_a_state_named_as_the_subject_of_a_strike_is_its_military() -> None:
    text = "شنت إسرائيل غارات على مواقع عسكرية في ريف القنيطرة فجر اليوم."
    events = events_of(text, "2018-06-02")
    assert events, "no event read"
    assert events[0]["actor1"] == ISRAEL


def test_a_country_name_as_the_target_of_rockets_is_no_striker() -> None:
    events = events_of("سقطت صواريخ أطلقت من قطاع غزة على إسرائيل مساء أمس.", "2018-06-02")
    assert all(e["actor1"] != ISRAEL for e in events)


def test_a_regime_offensive_told_in_a_present_relative_clause_is_the_regimes() -> None:
    text = "قتل خمسة مدنيين في القصف الذي تشنه قوات النظام على بلدة الحراك بريف درعا."
    events = events_of(text, "2018-06-25")
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Syria (2000-2024)"
    assert events[0]["actor2"] == "Civilians (Syria)"


def test_a_state_replying_with_a_strike_is_its_striker_not_the_side_it_replies_to() -> None:
    text = (
        "أطلق مسلحون من حماس قذائف على بلدة سديروت قبل أن ترد إسرائيل بتنفيذ غارة جوية على "
        "موقع في خان يونس فجر اليوم."
    )
    events = events_of(text, "2018-06-02")
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert strikes, "no strike read"
    assert strikes[0]["actor1"] == ISRAEL


def test_a_group_that_strikes_after_a_state_is_named_keeps_the_strike() -> None:
    # the state is the target's country here, not the subject of the strike
    text = "هددت إسرائيل بالرد، وأطلقت حركة حماس صواريخ على مدينة عسقلان مساء اليوم."
    events = events_of(text, "2018-06-02")
    assert events, "no event read"
    assert all(e["actor1"] != ISRAEL for e in events)


def test_a_state_named_between_the_group_it_answers_and_its_strike_is_the_striker() -> None:
    text = (
        "وردا على قذائف حركة الجهاد الإسلامي، شنت إسرائيل غارات جوية على مواقع في مدينة "
        "رفح فجر اليوم."
    )
    strikes = [
        e for e in events_of(text, "2018-06-02") if e["event_type"] == "Explosions/Remote violence"
    ]
    assert strikes, "no strike read"
    assert any(e["actor1"] == ISRAEL for e in strikes)


def test_a_state_joined_to_a_named_air_force_does_not_replace_it() -> None:
    text = "شنت الطائرات الحربية السورية وروسيا غارات على بلدة خان شيخون بريف إدلب فجر اليوم."
    events = events_of(text, "2018-06-02")
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Syria (2000-2024)"
