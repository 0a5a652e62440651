"""Every ACLED sub-event type from a sentence written for it (hand-made layers)."""

from __future__ import annotations

import pytest

import rasad
from rasad.taxonomy import EVENT_TYPES, SUB_TO_TYPE

from .helpers import run

CASES: list[tuple[str, str]] = [
    ("Armed clash", "اندلعت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في محيط سراقب."),
    ("Government regains territory", "استعاد الجيش العراقي السيطرة على قرية قرب الموصل."),
    (
        "Non-state actor overtakes territory",
        "سيطرت هيئة تحرير الشام على مدينة سراقب بعد معارك مع قوات النظام.",
    ),
    ("Chemical weapon", "قصفت قوات النظام مدينة دوما بغاز الكلور."),
    ("Air/drone strike", "شن الطيران الروسي غارات جوية على مدينة سراقب."),
    ("Suicide bomb", "فجر انتحاري نفسه في سوق شعبي في بغداد."),
    ("Shelling/artillery/missile attack", "قصفت قوات النظام بالمدفعية الثقيلة بلدة سراقب."),
    ("Remote explosive/landmine/IED", "انفجرت عبوة ناسفة بدورية للجيش العراقي في الموصل."),
    ("Grenade", "ألقى مجهولون قنبلة يدوية على منزل في البصرة."),
    ("Sexual violence", "اغتصب عناصر من داعش امرأة في الرقة."),
    ("Attack", "أعدم داعش ثلاثة مدنيين في الرقة."),
    ("Abduction/forced disappearance", "اختطف مسلحون مجهولون طبيبا في طرابلس."),
    ("Peaceful protest", "نظم العشرات وقفة احتجاجية في البصرة للمطالبة بفرص عمل."),
    ("Protest with intervention", "فرقت الشرطة مظاهرة في بغداد باستخدام الغاز المسيل للدموع."),
    (
        "Excessive force against protesters",
        "أطلقت قوات الأمن الرصاص الحي على المتظاهرين في البصرة ما أدى إلى مقتل 2 منهم.",
    ),
    ("Violent demonstration", "أحرق محتجون مبنى المحافظة في البصرة خلال أعمال شغب."),
    ("Mob violence", "اعتدى أهالي غاضبون على سائق في بغداد."),
    ("Agreement", "توصلت قوات النظام والفصائل إلى اتفاق لوقف إطلاق النار في إدلب."),
    ("Arrests", "اعتقلت قوات الأمن قياديا في داعش في بغداد."),
    ("Change to group/activity", "أرسلت قوات النظام تعزيزات عسكرية إلى محيط سراقب."),
    ("Disrupted weapons use", "اعترضت الدفاعات الجوية صاروخا أطلقه الحوثيون باتجاه مأرب."),
    ("Headquarters or base established", "أنشأت القوات العراقية قاعدة عسكرية جديدة قرب الموصل."),
    ("Looting/property destruction", "نهب عناصر من الفصائل منازل المدنيين في سراقب."),
    (
        "Non-violent transfer of territory",
        "تسلمت قوات النظام مدينة دوما دون قتال بعد انسحاب الفصائل.",
    ),
    ("Other", "عثر الدفاع المدني على مقبرة جماعية في الرقة."),
]


def test_cases_cover_all_25_sub_event_types() -> None:
    assert {sub for sub, _ in CASES} == set(SUB_TO_TYPE)
    assert sum(len(v) for v in EVENT_TYPES.values()) == 25


@pytest.mark.parametrize(("sub", "text"), CASES, ids=[c[0] for c in CASES])
def test_sentence_yields_its_sub_event_type(sub: str, text: str) -> None:
    doc = run(text)
    assert len(doc.events) == 1, [(e.sub_event_type, e.actor1) for e in doc.events]
    event = doc.events[0]
    assert event.sub_event_type == sub
    assert event.event_type == SUB_TO_TYPE[sub]
    assert event.location is not None
    assert event.event_date == "2021-03-10"  # no date in the sentence: the publication date


def test_violence_against_civilians_has_civilians_as_actor2() -> None:
    event = run("أعدم داعش ثلاثة مدنيين في الرقة.").events[0]
    assert event.actor1 == "Islamic State (Syria)"
    assert event.actor2 == "Civilians (Syria)"
    assert event.inter2 == 7


def test_protest_actors_are_protesters_and_the_intervening_force() -> None:
    event = run("فرقت الشرطة مظاهرة في بغداد باستخدام الغاز المسيل للدموع.").events[0]
    assert event.actor1 == "Protesters (Iraq)"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Iraq")


def test_riot_actor1_is_rioters() -> None:
    event = run("أحرق محتجون مبنى المحافظة في البصرة خلال أعمال شغب.").events[0]
    assert event.actor1 == "Rioters (Iraq)"


def test_arrest_by_non_state_group_is_an_abduction() -> None:
    event = run("اعتقلت هيئة تحرير الشام ناشطا في إدلب.").events[0]
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor1 == "HTS: Hayat Tahrir al Sham"


def test_takeover_subtype_follows_the_actor() -> None:
    gov = run("سيطرت قوات النظام على مدينة سراقب.").events[0]
    rebel = run("سيطرت هيئة تحرير الشام على مدينة سراقب.").events[0]
    assert gov.sub_event_type == "Government regains territory"
    assert rebel.sub_event_type == "Non-state actor overtakes territory"


def test_killing_of_fighters_is_a_clash_not_an_attack_on_civilians() -> None:
    event = run("قتل ثلاثة عناصر من قسد برصاص مسلحين مجهولين في الرقة.").events[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 == "Unidentified Armed Group (Syria)"
    assert event.actor2 == "QSD: Syrian Democratic Forces"


def test_shelling_word_with_aircraft_is_an_air_strike() -> None:
    event = run("قصفت طائرات حربية مدينة سراقب.").events[0]
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    ["قصفت المقاتلات الإسرائيلية أهدافا في بيت لاهيا.", "قصفت مقاتلاتها مواقع في مدينة صعدة."],
)
def test_fighter_jets_make_shelling_an_air_strike(text: str) -> None:
    # the whole pipeline: the actor found for the jets must not make them artillery
    events = rasad.extract(text, published="2018-05-30")["events"]
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]


def test_fighters_on_the_ground_do_not_make_an_air_strike() -> None:
    event = run("قصف المقاتلون من الفصائل مواقع قوات النظام في سراقب.").events[0]
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_car_bomb_with_suicide_driver_is_a_suicide_bomb() -> None:
    event = run("انفجرت سيارة مفخخة يقودها انتحاري قرب حاجز في بغداد.").events[0]
    assert event.sub_event_type == "Suicide bomb"


def test_defused_device_is_disrupted_weapons_use() -> None:
    event = run("فككت القوات العراقية عبوة ناسفة في الموصل.").events[0]
    assert event.sub_event_type == "Disrupted weapons use"


def test_evacuation_under_a_deal_is_an_agreement_and_without_one_a_movement() -> None:
    deal = run("خرجت دفعة من مقاتلي الفصائل من دوما بموجب اتفاق مع قوات النظام.").events
    plain = run("خرجت دفعة من مقاتلي الفصائل من دوما نحو إدلب.").events
    assert [e.sub_event_type for e in deal] == ["Agreement"]
    assert [e.sub_event_type for e in plain] == ["Change to group/activity"]


def test_protesters_setting_buildings_on_fire_is_a_violent_demonstration() -> None:
    doc = run("أشعل المتظاهرون النار في مبنى المجلس المحلي في البصرة.")
    assert [(e.event_type, e.sub_event_type, e.actor1) for e in doc.events] == [
        ("Riots", "Violent demonstration", "Rioters (Iraq)")
    ]


def test_killing_while_dispersing_a_sit_in_is_excessive_force() -> None:
    e = run("قتلت قوات الأمن متظاهرا عندما فرقت اعتصاما في البصرة.").events[0]
    assert e.sub_event_type == "Excessive force against protesters"


def test_unclaimed_bomb_is_by_an_unidentified_armed_group() -> None:
    e = run("انفجرت عبوة ناسفة في سوق شعبي في بغداد.").events[0]
    assert e.actor1 == "Unidentified Armed Group (Iraq)"


def test_agreement_reached_after_talks_is_an_agreement() -> None:
    doc = run("توصلت قوات النظام والفصائل بعد مفاوضات طويلة إلى اتفاق في دوما.")
    assert [e.sub_event_type for e in doc.events] == ["Agreement"]


@pytest.mark.parametrize(
    ("sub", "text"),
    [
        ("Arrests", "اعتقل الجيش التركي ثلاثة مدنيين في مدينة عفرين."),  # a state abroad (inter 8)
        ("Abduction/forced disappearance", "اعتقلت هيئة تحرير الشام ثلاثة مدنيين في سراقب."),
    ],
)
def test_an_arrest_is_a_states_act_even_abroad_and_an_abduction_by_anyone_else(
    sub: str, text: str
) -> None:
    assert [e.sub_event_type for e in run(text).events] == [sub]
