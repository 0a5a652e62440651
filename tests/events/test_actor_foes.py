"""A battle or a strike on positions with one side named takes its foe named in the article."""

from __future__ import annotations

import rasad
from tests.events.helpers import events_of

SYRIA = "Military Forces of Syria (2000-2024)"
REBELS = "Opposition Rebels (Syria)"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"


def test_a_captured_post_is_taken_from_the_foe_the_article_names_elsewhere() -> None:
    text = (
        "أعلن الجيش السوري الحر سيطرته على حاجز عسكري في بلدة الحراك بريف درعا يوم الأحد.\n\n"
        "وكانت القوات النظامية قد حاصرت البلدة منذ أشهر."
    )
    taken = [e for e in events_of(text, "2013-04-08") if e["event_type"] == "Battles"]
    assert taken, "no battle read"
    assert {taken[0]["actor1"], taken[0]["actor2"]} == {REBELS, SYRIA}


def test_a_strike_on_positions_hits_the_foe_and_not_an_ally() -> None:
    text = (
        "شنت طائرات التحالف العربي غارات على مواقع عسكرية في مديرية حيس بالحديدة اليوم.\n\n"
        "وتخوض المقاومة الشعبية معارك متقطعة في المحافظة، فيما يواصل الحوثيون حشد "
        "مقاتليهم قرب الساحل."
    )
    events = events_of(text, "2018-06-02")
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert strikes, "no strike read"
    assert strikes[0]["actor1"] == "Operation Restoring Hope"
    assert strikes[0]["actor2"] == HOUTHI


def test_a_strike_that_kills_civilians_takes_no_foe_from_elsewhere() -> None:
    text = (
        "قتل خمسة مدنيين في غارات شنتها طائرات التحالف العربي على مواقع قرب سوق في مديرية "
        "حيس بالحديدة اليوم.\n\nويواصل الحوثيون حشد مقاتليهم قرب الساحل."
    )
    events = events_of(text, "2018-06-02")
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert strikes, "no strike read"
    assert strikes[0]["actor2"] != HOUTHI


def test_a_strike_on_a_town_with_no_position_named_takes_no_foe() -> None:
    text = (
        "قصفت طائرات التحالف العربي مديرية حيس بالحديدة اليوم.\n\n"
        "ويواصل الحوثيون حشد مقاتليهم قرب الساحل."
    )
    events = events_of(text, "2018-06-02")
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert strikes, "no strike read"
    assert strikes[0]["actor2"] is None


def test_the_one_side_of_a_clash_named_as_the_subject_of_its_advance_is_actor1() -> None:
    text = "اندلعت اشتباكات عنيفة في مدينة تعز أمس مع تقدم قوات المقاومة نحو القصر الجمهوري."
    events = rasad.extract(text, published="2016-05-01")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Popular Resistance"
    assert events[0]["actor2"] is None
