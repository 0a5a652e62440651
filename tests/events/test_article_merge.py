"""One happening told several times in an article is one ACLED event (atomic rule: one day,
place, type and actor pair); distinct happenings stay apart. Full pipeline, texts written for
these tests."""

from __future__ import annotations

import pytest

import rasad

PUBLISHED = "2019-03-12"  # a Tuesday


def _events(text: str, sub: str | None = None) -> list[dict]:
    out = rasad.extract(text, published=PUBLISHED)["events"]
    return [e for e in out if sub is None or e["sub_event_type"] == sub]


# ---- retellings that merge ---------------------------------------------------------------
def test_who_acted_in_the_lead_and_who_died_in_the_body_is_one_explosion() -> None:
    text = (
        "انفجرت عبوة ناسفة زرعها مسلحون مجهولون، صباح اليوم الثلاثاء، قرب دوار السنتر في مدينة "
        "الباب بريف حلب الشمالي.\n\n"
        "وقال الدفاع المدني إن أربعة مدنيين قتلوا وأصيب تسعة آخرون في الانفجار."
    )
    events = _events(text)
    assert len(events) == 1, events
    e = events[0]
    assert e["sub_event_type"] == "Remote explosive/landmine/IED"
    assert e["actor2"] == "Civilians (Syria)" and e["fatalities"] == 4


def test_unnamed_gunmen_then_the_named_group_is_one_attack_coded_to_the_group() -> None:
    text = (
        "هاجم مسلحون مجهولون، فجر اليوم الثلاثاء، حاجزا لقوات النظام في بلدة الصنمين بريف درعا، "
        "ما أدى إلى مقتل ثلاثة عناصر.\n\n"
        "وقالت مصادر محلية إن عناصر من تنظيم داعش هاجموا الحاجز بالأسلحة الخفيفة قبل أن ينسحبوا."
    )
    events = _events(text)
    assert len(events) == 1, events
    assert "Islamic State (Syria)" in (events[0]["actor1"], events[0]["actor2"])
    assert events[0]["fatalities"] == 3


def test_strikes_on_a_region_and_near_a_town_in_it_are_one_event_at_the_town() -> None:
    text = (
        "شنت طائرات التحالف الدولي، اليوم الثلاثاء، غارات على مواقع لتنظيم داعش في ريف دير الزور "
        "الشرقي.\n\n"
        "وقالت مصادر محلية إن طائرات التحالف استهدفت مواقع التنظيم قرب بلدة هجين، ما أدى إلى "
        "مقتل سبعة من عناصره."
    )
    events = _events(text)
    assert len(events) == 1, events
    assert events[0]["location"] == "Hajin" and events[0]["fatalities"] == 7


def test_a_sub_heading_is_no_event_and_not_the_evidence() -> None:
    text = (
        "اشتباكات وغارات\n"
        "اندلعت اشتباكات عنيفة، اليوم الثلاثاء، بين قوات النظام وفصائل المعارضة في بلدة "
        "اللطامنة بريف حماة الشمالي، أسفرت عن مقتل ستة عناصر من الطرفين."
    )
    events = _events(text)
    assert len(events) == 1, events
    assert events[0]["evidence"]["text"].startswith("اندلعت")


@pytest.mark.parametrize("heading", ["سيطرة قوات النظام على معبر نصيب", "غارات على مطار المزة"])
def test_a_sub_heading_over_other_news_makes_no_event(heading: str) -> None:
    text = (
        "قال متحدث باسم الفصائل اليوم الثلاثاء إن المفاوضات مع الجانب الروسي متقدمة.\n\n"
        f"{heading}\n\n"
        "وقال مسؤول أردني إن الحدود مع سوريا ستبقى مغلقة حتى إشعار آخر."
    )
    assert _events(text) == []


# ---- distinct happenings that stay apart ---------------------------------------------------
def test_an_ied_by_gunmen_and_an_air_strike_by_the_army_stay_two_events() -> None:
    text = (
        "انفجرت عبوة ناسفة زرعها مسلحون مجهولون، اليوم الثلاثاء، بسيارة عسكرية في بلدة الصنمين "
        "بريف درعا.\n\n"
        "وفي سياق آخر، شن الطيران الحربي السوري اليوم غارات على بلدة الصنمين."
    )
    subs = sorted(e["sub_event_type"] for e in _events(text))
    assert subs == ["Air/drone strike", "Remote explosive/landmine/IED"]


def test_shelling_aimed_at_civilians_beside_a_battle_stays_its_own_event() -> None:
    text = (
        "اندلعت اشتباكات عنيفة، اليوم الثلاثاء، بين قوات النظام وفصائل المعارضة على أطراف بلدة "
        "كفرنبل جنوب إدلب.\n\n"
        "وفي الأثناء، قصفت قوات النظام بالمدفعية منازل المدنيين وسط كفرنبل، ما أدى إلى مقتل "
        "امرأة وطفلين."
    )
    subs = sorted(e["sub_event_type"] for e in _events(text))
    assert subs == ["Armed clash", "Shelling/artillery/missile attack"]


def test_coalition_strikes_beside_a_ground_battle_they_do_not_fight_stay_apart() -> None:
    # ACLED absorbs a strike into a battle only as one side's fire at the other
    text = (
        "اندلعت اشتباكات عنيفة، اليوم الثلاثاء، بين قوات سوريا الديمقراطية وتنظيم داعش في بلدة "
        "هجين بريف دير الزور.\n\n"
        "وشنت طائرات التحالف الدولي اليوم غارات على مواقع داعش في هجين."
    )
    pairs = sorted((e["sub_event_type"], e["actor1"]) for e in _events(text))
    assert pairs == [
        ("Air/drone strike", "Global Coalition Against Daesh"),
        ("Armed clash", "QSD: Syrian Democratic Forces"),
    ]


def test_two_attackers_striking_one_town_are_two_events() -> None:
    text = (
        "شن الطيران الروسي، اليوم الثلاثاء، غارات على بلدة كفرنبل جنوب إدلب.\n\n"
        "وفي وقت لاحق، قصف تنظيم داعش بقذائف الهاون بلدة كفرنبل."
    )
    actors = sorted(e["actor1"] or "" for e in _events(text))
    assert actors == ["Islamic State (Syria)", "Military Forces of Russia (2000-)"]


@pytest.mark.parametrize(
    "second",
    [
        "وفي سياق منفصل، قصفت قوات النظام مدينة جسر الشغور غرب إدلب، ما أدى إلى مقتل أربعة مدنيين.",
        "وتجدد القصف المدفعي من قوات النظام على كفرنبل أمس الاثنين، ما أدى إلى مقتل ثلاثة مدنيين.",
    ],
    ids=["another-town", "another-day"],
)
def test_the_same_shelling_in_another_town_or_on_another_day_is_another_event(second: str) -> None:
    text = (
        "قصفت قوات النظام بالمدفعية، اليوم الثلاثاء، بلدة كفرنبل جنوب إدلب، ما أدى إلى مقتل "
        "مدنيين اثنين.\n\n" + second
    )
    assert len(_events(text, "Shelling/artillery/missile attack")) == 2


def test_a_breakdown_in_a_later_sentence_is_not_the_events_toll() -> None:
    text = (
        "أعلنت مديرية الصحة أن خمسة أشخاص قتلوا، اليوم الثلاثاء، في انفجار وقع داخل منزل في حي "
        "الجورة بمدينة دير الزور.\n\n"
        "وقال مصدر طبي إن القتلى مدنيون بينهم طفلان، وإن ثلاثة جرحى نقلوا إلى المستشفى.\n\n"
        "وأوضح شهود أن الانفجار كان قويا وأن النيران اندلعت في المنزل."
    )
    events = _events(text)
    assert len(events) == 1, events
    assert events[0]["fatalities"] == 5


def test_a_toll_update_in_the_body_does_not_make_a_second_event() -> None:
    text = (
        "قتل خمسة مدنيين وأصيب آخرون بجروح، اليوم الثلاثاء، في قصف مدفعي لقوات النظام على بلدة "
        "كفرنبل بريف إدلب الجنوبي.\n\n"
        "وقال ناشطون إن القصف استهدف سوقا شعبية وسط البلدة. وارتفعت حصيلة القتلى في وقت لاحق إلى "
        "ثمانية بعد وفاة ثلاثة من الجرحى متأثرين بإصاباتهم."
    )
    assert len(_events(text)) == 1
