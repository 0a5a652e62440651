""""مزارع" after "في" is the farms where something was, not a farmer hit: a strike on a
group's men "في مزارع" names no civilian victim (victims._farms), and its result told at a
place of the front is the same strike. Full pipeline, texts written for these tests."""

from __future__ import annotations

import rasad

PUBLISHED = "2018-06-11"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published=PUBLISHED)["events"]


def test_men_hit_in_farms_are_no_civilians() -> None:
    text = (
        "واستهدفت مقاتلات التحالف يوم الإثنين تجمعات لمسلحي الحوثي في مزارع شرق مدينة "
        "زبيد بمحافظة الحديدة."
    )
    strikes = [e for e in _events(text) if e["sub_event_type"] == "Air/drone strike"]
    assert [s["actor2"] for s in strikes] == [HOUTHI], strikes


def test_the_result_told_in_farms_stays_the_strike_told_before() -> None:
    text = (
        "شنت مقاتلات التحالف يوم الإثنين غارات على مواقع لميليشيات الحوثي في جبهة الساحل "
        "الغربي.\n"
        "وأسفرت الغارات عن تدمير آليات في منطقة الجاح بمديرية بيت الفقيه، إضافة إلى استهداف "
        "تجمعات للميليشيات في مزارع تابعة لمديرية التحيتا."
    )
    strikes = [e for e in _events(text) if e["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1, strikes
    assert strikes[0]["actor2"] == HOUTHI


def test_a_farmer_killed_is_still_a_civilian() -> None:
    text = "وقتل مزارع يوم الإثنين بانفجار لغم زرعه الحوثيون في مديرية حيس جنوب الحديدة."
    blasts = [e for e in _events(text) if e["event_type"] == "Explosions/Remote violence"]
    assert [b["actor2"] for b in blasts] == ["Civilians (Yemen)"], blasts
