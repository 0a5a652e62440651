"""Sentences whose trigger word refers to another event: an interception that is part of the
strike it met, a denial about an event told before, an earlier event told in the pluperfect."""

from __future__ import annotations

import pytest

from .helpers import run


def test_interception_of_strikes_is_the_strike_with_the_defender_as_target() -> None:
    doc = run("تصدى الجيش السوري لعدوان إسرائيلي على مطار قرب دوما فجر اليوم.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events] == [
        (
            "Air/drone strike",
            "Military Forces of Israel (2009-2021)",
            "Military Forces of Syria (2000-2024)",
        )
    ]


def test_intercepted_air_raids_stay_air_strikes() -> None:
    doc = run("قال مصدر عسكري إن الدفاعات الجوية تصدت لغارات إسرائيلية على مطار قرب دوما.")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]
    assert doc.events[0].actor1 == "Military Forces of Israel (2009-2021)"


def test_intercepted_missile_alone_is_disrupted_weapons_use() -> None:
    doc = run("اعترضت الدفاعات الجوية صاروخا أطلقه الحوثيون باتجاه مدينة مأرب.")
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]


def test_denial_after_a_strike_marks_it_and_makes_no_new_event() -> None:
    doc = run(
        "شن الطيران الروسي غارات على مدينة سراقب اليوم. "
        "ونفت وزارة الدفاع الروسية استهداف المناطق السكنية في المدينة."
    )
    assert [(e.sub_event_type, e.certainty) for e in doc.events] == [("Air/drone strike", "denied")]


def test_a_denial_with_nothing_reported_before_is_not_an_event() -> None:
    assert run("نفت قوات النظام التوصل إلى اتفاق مع الفصائل في دوما.").events == ()


@pytest.mark.parametrize("earlier", ["في مرحلة سابقة", "سابقا", "في وقت سابق من العام"])
def test_pluperfect_with_a_remote_earlier_phrase_is_background(earlier: str) -> None:
    doc = run(
        "سيطرت قوات النظام اليوم على مدينة سراقب. "
        f"وكانت قوات النظام قد سيطرت {earlier} على مدينة معرة النعمان."
    )
    assert [e.location for e in doc.events] == ["Saraqab"]


def test_an_earlier_statement_about_the_act_is_background() -> None:
    doc = run(
        "سيطرت قوات النظام اليوم على مدينة سراقب. "
        "وكانت قوات النظام أعلنت، في وقت سابق، سيطرتها على مدينة معرة النعمان."
    )
    assert [e.location for e in doc.events] == ["Saraqab"]


def test_pluperfect_told_earlier_in_the_news_cycle_is_an_act_of_its_own() -> None:
    # "في وقت سابق" alone: earlier in the same news, an act ACLED codes, dated like any other
    doc = run(
        "قتل جندي في هجوم على حاجز للجيش في مدينة بعقوبة. "
        "وكان ثلاثة مدنيين قد قتلوا في وقت سابق بانفجار عبوة ناسفة في قضاء الطارمية."
    )
    bomb = [e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(bomb) == 1


def test_pluperfect_earlier_today_or_without_an_earlier_phrase_is_an_event() -> None:
    today = run("وكانت قوات النظام قد سيطرت في وقت سابق اليوم على مدينة سراقب.")
    assert [e.location for e in today.events] == ["Saraqab"]
    hours = run("وكان تنظيم الدولة قد سيطر قبل ساعات على مدينة الرقة.")
    assert [e.location for e in hours.events] == ["Ar-Raqqa"]


def test_a_group_named_after_the_reporting_verb_claims_and_acts() -> None:
    from rasad.pipeline import extract

    text = (
        "وقالت الجبهة الوطنية للتحرير إن مقاتليها قصفوا مواقع قوات النظام في مدينة سراقب "
        "اليوم الثلاثاء."
    )
    events = extract(text, published="2019-05-21")["events"]
    assert [(e["actor1"], e["claimed_by"], e["certainty"]) for e in events] == [
        ("NLF: National Liberation Front", "NLF: National Liberation Front", "asserted")
    ]


def test_command_and_control_is_no_takeover() -> None:
    doc = run("قصفت طائرات حربية مقر قيادة وسيطرة لتنظيم الدولة في الرقة.")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]


def test_clashes_of_protesters_named_earlier_are_a_riot() -> None:
    from rasad.pipeline import extract

    text = (
        "تظاهر مئات المحتجين في مدينة البصرة اليوم الأربعاء. "
        "وقال مسؤول إن اشتباكات عنيفة اندلعت مع قوات الأمن في المدينة."
    )
    subs = [e["sub_event_type"] for e in extract(text, published="2018-09-05")["events"]]
    assert "Violent demonstration" in subs
    assert "Armed clash" not in subs


def test_a_campaign_that_began_days_ago_is_background() -> None:
    from rasad.pipeline import extract

    text = "وبدأت المظاهرات في مدينة البصرة يوم 2 يوليو للمطالبة بتحسين الخدمات."
    assert extract(text, published="2018-07-12")["events"] == []
    today = extract(
        "وبدأت المظاهرات في مدينة البصرة اليوم للمطالبة بتحسين الخدمات.", published="2018-07-12"
    )
    assert [e["sub_event_type"] for e in today["events"]] == ["Peaceful protest"]


def test_gunmen_of_no_group_are_an_unidentified_armed_group_not_the_speaker() -> None:
    from rasad.pipeline import extract

    text = "قال الجيش العراقي إن مسلحين فتحوا النار على عدد من المدنيين في مدينة الموصل اليوم."
    events = extract(text, published="2018-05-01")["events"]
    assert [e["actor1"] for e in events] == ["Unidentified Armed Group (Iraq)"]


def test_a_car_bomb_against_the_army_is_planted_by_an_unidentified_group() -> None:
    from rasad.pipeline import extract

    text = "قتل ثلاثة جنود في هجوم بسيارة مفخخة استهدف نقطة تفتيش للجيش العراقي في الموصل اليوم."
    events = extract(text, published="2018-05-01")["events"]
    assert [(e["actor1"], e["fatalities"]) for e in events] == [
        ("Unidentified Armed Group (Iraq)", 3)
    ]


def test_the_denier_is_not_a_source_of_the_denied_event() -> None:
    doc = run(
        "قال ناشطون إن الطيران الروسي شن غارات على مدينة سراقب اليوم. "
        "ونفت وزارة الدفاع الروسية أن تكون طائراتها قصفت المدينة."
    )
    assert [(e.certainty, e.claimed_by) for e in doc.events] == [("denied", "Activists")]


def test_a_pluperfect_bomb_told_earlier_is_dated_to_the_article_with_its_place_and_dead() -> None:
    from rasad.pipeline import extract

    out = extract(
        "وكان أربعة مدنيين قد قتلوا في وقت سابق بانفجار عبوة ناسفة في قضاء الطارمية شمال بغداد.",
        published="2020-03-02",
    )
    rows = [
        (e["sub_event_type"], e["location"], e["fatalities"], e["event_date"])
        for e in out["events"]
    ]
    assert rows == [("Remote explosive/landmine/IED", "At Tarmiyah", 4, "2020-03-02")]
