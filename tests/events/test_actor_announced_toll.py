"""A force that announces a toll with no armed group among its dead ("أعلنت جماعة الحوثي عن
مقتل ستة أشخاص في الغارات") reports another's act; so does one that had announced it ("وكانت
الشرطة قد أعلنت أن …", the pluperfect "قد" between the force and its verb). A toll of armed men,
a report of its own deed and a claim keep the force as the doer."""

from __future__ import annotations

import rasad

HOUTHI = "Military Forces of Yemen (2017-) Houthi"
ISRAEL = "Military Forces of Israel (2009-2021)"
IRAQ_ARMY = "Military Forces of Iraq (2014-2018)"
EGYPT_POLICE = "Police Forces of Egypt"


def _events(text: str) -> list[dict]:
    events = rasad.extract(text, published="2018-06-10")["events"]
    assert events, f"no event read in {text!r}"
    return events


def test_a_group_announcing_the_dead_of_airstrikes_did_not_strike() -> None:
    for text in (
        "أعلنت جماعة الحوثي عن مقتل ستة أشخاص في الغارات على مدينة صعدة يوم الأحد.",
        "وكانت جماعة الحوثي قد أعلنت عن مقتل ستة أشخاص في الغارات على مدينة صعدة يوم الأحد.",
    ):
        event = _events(text)[0]
        assert event["sub_event_type"] == "Air/drone strike"
        assert event["actor1"] != HOUTHI, text


def test_an_army_that_had_announced_its_wounded_did_not_plant_the_bomb() -> None:
    event = _events(
        "وكان الجيش الإسرائيلي قد أعلن إصابة ثلاثة من جنوده إثر تفجير عبوة ناسفة قرب خان يونس "
        "يوم السبت."
    )[0]
    assert event["actor1"] != ISRAEL


def test_an_army_announcing_armed_men_killed_in_its_strikes_stays_the_striker() -> None:
    event = _events(
        "أعلن الجيش العراقي مقتل عشرة من عناصر داعش في غارات على قرية قرب الموصل يوم السبت."
    )[0]
    assert event["actor1"] == IRAQ_ARMY


def test_a_force_that_had_announced_its_own_deed_stays_actor1() -> None:
    text = "وكان الجيش العراقي قد أعلن أنه شن غارات على مواقع داعش في الموصل يوم السبت."
    event = _events(text)[0]
    assert event["actor1"] == IRAQ_ARMY
    event = _events(
        "وكانت الشرطة المصرية قد أعلنت أنها قتلت خمسة مسلحين في هجوم على حاجز في العريش يوم السبت."
    )[0]
    assert event["actor1"] == EGYPT_POLICE
