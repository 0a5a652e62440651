"""Recall, place, type and argument rules found in an audit of fresh news (seed 2027).

Sentences written for these tests; each runs through the whole pipeline (actors, places,
dates), since the rules read the real actor and place layers.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of


def _one(text: str, published: str) -> dict:
    events = events_of(text, published)
    assert len(events) == 1, events
    return events[0]


# ---------------------------------------------------------------- dates
def test_the_day_a_report_was_made_is_not_the_day_of_the_attack_it_reports():
    e = _one(
        "قال مسؤول محلي أمس الأحد إن أكثر من 100 شخص قتلوا في هجوم شنه مسلحون على قرية "
        "في ريف حماة يوم الجمعة.",
        "2018-05-14",
    )
    assert e["event_date"] == "2018-05-11"


def test_a_period_start_in_another_clause_is_no_event_date():
    # "منذ 18 فبراير" opens the period of a running total; the deaths were documented Saturday
    events = events_of(
        "وأفاد المرصد، السبت، بأنه وثق مقتل 8 مدنيين في قصف على مدينة حرستا، ما رفع "
        "الحصيلة منذ 18 فبراير إلى 1002 قتيل.",
        "2018-03-10",
    )
    assert [e["event_date"] for e in events] == ["2018-03-10"]


# ---------------------------------------------------------------- sources and actors
def test_an_officer_who_reports_an_assassination_is_no_side_of_it():
    e = _one(
        "وقال المقدم أحمد علي من شرطة الرمادي إن مسلحين مجهولين اغتالوا عضو مجلس بلدي في "
        "مدينة الرمادي مساء أمس.",
        "2013-03-10",
    )
    assert (e["event_type"], e["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert e["actor1"] == "Unidentified Armed Group (Iraq)"
    assert e["actor2"] == "Civilians (Iraq)"
    assert e["fatalities"] == 1
    assert e["event_date"] == "2013-03-09"


def test_the_body_a_reporting_officer_belongs_to_is_not_the_armed_attack_side():
    e = _one(
        "قال مقدم في الشرطة إن اثنين من عناصر الصحوة قتلا في هجوم مسلح استهدف نقطة تفتيش "
        "للصحوة في ناحية يثرب اليوم.",
        "2013-02-15",
    )
    assert e["event_type"] == "Battles"
    assert e["actor1"] == "Unidentified Armed Group (Iraq)"
    assert e["actor2"] == "Sahwa Militia"
    assert e["fatalities"] == 2


def test_who_reports_in_an_earlier_sentence_is_not_the_killer_in_the_next():
    events = events_of(
        "وقالت الشرطة العراقية إن قنبلة انفجرت في سوق بمدينة بعقوبة. وفي الموصل قتل "
        "مسلحون جنديا عند نقطة تفتيش اليوم.",
        "2013-03-11",
    )
    mosul = [e for e in events if e["location"] == "Mosul"]
    assert len(mosul) == 1
    assert mosul[0]["actor1"] == "Unidentified Armed Group (Iraq)"
    assert mosul[0]["fatalities"] == 1


def test_a_group_named_before_the_report_clause_is_the_target_not_the_shooter():
    e = _one(
        "وتتمركز في المطار قوات النظام، وفق المرصد الذي أضاف أن صواريخ سقطت على مواقع "
        "لقوات النظام قرب مطار النيرب العسكري في حلب اليوم.",
        "2018-04-29",
    )
    assert e["actor1"] != "Military Forces of Syria (2000-2024)"
    assert e["actor2"] == "Military Forces of Syria (2000-2024)"


# ---------------------------------------------------------------- fatalities
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("اغتال مسلحون مجهولون خمسة أشخاص في قرية قرب مدينة تكريت مساء أمس.", 5),
        ("نجا مسؤول محلي من محاولة اغتيال في مدينة الموصل مساء أمس.", 0),
        ("أفاد مسؤول بمقتل امرأة واثنين من عناصر الشرطة في تفجير سيارة مفخخة في مدينة "
         "كركوك اليوم.", 3),
    ],
    ids=["counted", "attempt", "one-and-two"],
)
def test_the_dead_an_assassination_or_a_list_of_victims_names(text, dead):
    assert _one(text, "2013-03-11")["fatalities"] == dead


def test_a_lead_summing_up_scattered_attacks_gives_its_toll_to_none_of_them():
    events = events_of(
        "قتل ثلاثة أشخاص في هجمات متفرقة في العراق اليوم الاثنين. وفي الموصل قتل مسلحون "
        "جنديا عند نقطة تفتيش.",
        "2013-03-11",
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Mosul", 1)]


# ---------------------------------------------------------------- places
def test_a_place_named_again_by_its_kind_is_the_town_named_before():
    # "قرب مدينة كركوك" is where it was told to be near; "في الناحية" is Dibis, named as the
    # office of who speaks
    e = _one(
        "أفاد مسؤول عراقي بمقتل ثلاثة أشخاص في هجوم انتحاري بسيارة مفخخة استهدف مقرا للشرطة "
        "قرب مدينة كركوك اليوم. وقال قائمقام ناحية الدبس إن الهجوم الانتحاري استهدف مقر "
        "الشرطة في الناحية.",
        "2013-03-11",
    )
    assert e["location"] == "Dibis"
    assert e["sub_event_type"] == "Suicide bomb"


def test_the_city_a_taken_town_was_named_as_is_where_it_was_taken():
    events = events_of(
        "وقال المرصد إن المسلحين خطفوا عشرات المدنيين من مدينة القريتين في ريف حمص. "
        "وسيطر تنظيم داعش على المدينة بعد قتال عنيف مع قوات النظام الليلة الماضية.",
        "2015-08-07",
    )
    taken = [e for e in events if e["event_type"] == "Battles"]
    assert [e["location"] for e in taken] == ["Qariateine"]


def test_places_after_a_contrasting_clause_word_belong_to_that_clause():
    e = _one(
        "تصاعدت حدة المعارك اليوم بين المقاومة الشعبية والحوثيين في محافظة تعز، وسط تقدم "
        "للمقاومة في محافظتي أبين ولحج.",
        "2015-08-01",
    )
    assert e["admin1"] == "Taizz"


# ---------------------------------------------------------------- types
@pytest.mark.parametrize(
    "text",
    [
        "وأفادت شبكة شام اليوم أن انفجارا ضخما ناتجا عن هجوم صاروخي هز مدينة دير الزور.",
        "هزت انفجارات عنيفة مدينة دير الزور اليوم، ناجمة عن قصف صاروخي استهدف المطار.",
    ],
    ids=["cause-not-told-as-event", "cause-told-as-event"],
)
def test_an_explosion_caused_by_a_missile_is_a_missile_attack(text):
    e = _one(text, "2013-02-26")
    assert e["sub_event_type"] == "Shelling/artillery/missile attack"


def test_aircraft_backing_a_ground_attack_make_it_no_air_strike():
    e = _one(
        "وشنت قوات الجيش اليمني يساندها الطيران الحربي هجوما واسعا على مواقع تنظيم القاعدة "
        "في مديرية المحفد اليوم.",
        "2015-08-01",
    )
    assert (e["event_type"], e["sub_event_type"]) == ("Battles", "Armed clash")
    assert e["actor1"].startswith("Military Forces of Yemen")
    assert e["actor2"] == "AQAP: Al Qaeda in the Arabian Peninsula"


def test_aircraft_that_strike_are_still_an_air_strike():
    e = _one("شنت طائرات التحالف غارات على مواقع الحوثيين في مديرية صرواح اليوم.", "2018-03-01")
    assert e["sub_event_type"] == "Air/drone strike"
