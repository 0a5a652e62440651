"""Two neighbouring towns, each with an act and a toll of its own, are two events; an act told
again at the town and at its province stays one (two_towns, merge_scene.place_ok). Full
pipeline, texts written for these tests."""

from __future__ import annotations

import rasad

PUBLISHED = "2014-02-11"
SHELLING = "Shelling/artillery/missile attack"


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published=PUBLISHED)["events"]


def test_strikes_on_two_neighbouring_towns_with_their_own_dead_are_two_events() -> None:
    text = (
        "قال ناشطون إن الطيران الحربي شن غارة على مدينة دوما صباح اليوم، ما أسفر عن مقتل "
        "ستة مدنيين. كما قتل أربعة مدنيين آخرين في غارة جوية استهدفت مدينة حرستا."
    )
    strikes = {e["location"]: e for e in _events(text) if e["sub_event_type"] == "Air/drone strike"}
    assert set(strikes) == {"Douma", "Harasta"}, strikes
    assert strikes["Douma"]["fatalities"] == 6
    assert strikes["Harasta"]["fatalities"] == 4


def test_one_strike_told_at_the_town_and_at_its_province_stays_one_event() -> None:
    text = (
        "قال ناشطون إن الطيران الحربي شن غارة على مدينة دوما صباح اليوم، ما أسفر عن مقتل "
        "ستة مدنيين. وأضافوا أن الغارة الجوية على ريف دمشق أدت إلى مقتل ستة مدنيين."
    )
    strikes = [e for e in _events(text) if e["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1, strikes
    assert strikes[0]["location"] == "Douma"
    assert strikes[0]["fatalities"] == 6


def test_a_quarter_close_to_its_city_still_merges_with_the_city() -> None:
    text = (
        "قتل خمسة مدنيين في قصف مدفعي لقوات النظام على حي جوبر. وقالت مصادر إن قصف قوات "
        "النظام على دمشق أدى إلى مقتل خمسة مدنيين."
    )
    shelling = [e for e in _events(text) if e["sub_event_type"] == SHELLING]
    assert len(shelling) == 1, shelling
