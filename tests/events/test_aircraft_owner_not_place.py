"""A country's name that reads like a nationality adjective ("سورية", "السعودية") after a
preposition is where the strike was, not whose aircraft flew (default_actors._owner_is_place).
Full pipeline, texts written for these tests."""

from __future__ import annotations

import rasad

PUBLISHED = "2015-07-26"
COALITION = "Global Coalition Against Daesh"
SYRIA = "Military Forces of Syria (2000-2024)"


def _strikes(text: str) -> list[dict]:
    out = rasad.extract(text, published=PUBLISHED)["events"]
    return [e for e in out if e["sub_event_type"] == "Air/drone strike"]


def test_strikes_in_syria_are_the_coalition_s_own() -> None:
    text = "وذكرت القيادة في بيان أن التحالف شن يوم السبت 9 غارات جوية في سورية قرب مدينة الرقة."
    strikes = _strikes(text)
    assert [s["actor1"] for s in strikes] == [COALITION], strikes


def test_the_strikes_and_what_they_hit_are_one_coalition_event() -> None:
    text = (
        "واشنطن - قالت القيادة المركزية الأمريكية إن التحالف نفذ 11 غارة ضد تنظيم داعش في "
        "العراق يوم السبت.\n"
        "وأضافت أن التحالف شن كذلك 9 غارات جوية في سورية تركز معظمها قرب مدينة الرقة وقصفت "
        "مواقع تابعة للتنظيم ودمرت مركبات."
    )
    in_syria = [s for s in _strikes(text) if s["location"] == "Ar Raqqah"]
    assert [s["actor1"] for s in in_syria] == [COALITION], in_syria


def test_a_glued_preposition_names_the_place_too() -> None:
    text = "وأعلن التحالف أنه شن 9 غارات جوية بسورية قرب مدينة الرقة يوم السبت."
    strikes = _strikes(text)
    assert [s["actor1"] for s in strikes] == [COALITION], strikes


def test_the_adjective_after_the_aircraft_still_names_the_flier() -> None:
    text = "وقصفت طائرات حربية سورية يوم السبت مدينة دوما في الغوطة الشرقية."
    strikes = _strikes(text)
    assert [s["actor1"] for s in strikes] == [SYRIA], strikes
