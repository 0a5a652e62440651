"""Statements that only look like events: negation, plans, threats, calls, questions, history,
generic statements, ended truces; and casualty totals over a period, which become claims."""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import run

D = dt.date

NON_EVENTS = [
    ("negated", "لم تسيطر قوات النظام على مدينة سراقب."),
    ("negated", "نفى وقوع اشتباكات في محيط الرقة."),
    ("future_prefix", "ستسيطر قوات النظام على مدينة سراقب قريبا."),
    ("plan", "تعتزم قوات النظام شن هجوم على مدينة سراقب."),
    ("threat", "هدد الحوثيون بقصف مدينة مأرب."),
    ("call", "دعت الأمم المتحدة إلى وقف إطلاق النار في إدلب."),
    ("warning", "حذر ناشطون من هجوم وشيك على مدينة سراقب."),
    ("question", "هل ستتمكن قوات النظام من السيطرة على سراقب؟"),
    ("generic", "عادة ما تشهد مدينة سراقب اشتباكات متقطعة."),
    ("ended", "انهار وقف إطلاق النار في إدلب."),
    ("purpose", "تسعى قوات النظام للسيطرة على سراقب."),
    ("fear", "وفر المعلمون من المدرسة في بلدة دابتشي خوفاً من اختطافهم."),
    ("fear_of_clashes", "وأغلق التجار محالهم في مدينة عدن مخافة وقوع اشتباكات."),
]


@pytest.mark.parametrize(("why", "text"), NON_EVENTS, ids=[n[0] for n in NON_EVENTS])
def test_not_an_event(why: str, text: str) -> None:
    doc = run(text)
    assert doc.events == (), [(e.sub_event_type, e.notes) for e in doc.events]


def test_history_by_date_is_not_an_event() -> None:
    doc = run(
        "وكانت قوات النظام قد سيطرت على مدينة سراقب في عام 2016.",
        dates={"عام 2016": (D(2016, 1, 1), D(2016, 12, 31), 3, None)},
    )
    assert doc.events == ()
    assert [t.value.status for t in doc.layer("triggers")] == ["history"]


def test_history_without_a_dates_layer_falls_back_on_the_year() -> None:
    doc = run("وكانت قوات النظام قد سيطرت على مدينة سراقب في عام 2016.")
    assert doc.events == ()


def test_recent_past_is_still_an_event() -> None:
    doc = run(
        "وكانت قوات النظام قد سيطرت على سراقب أمس.",
        dates={"أمس": (D(2021, 3, 9), D(2021, 3, 9), 1, None)},
    )
    assert [e.event_date for e in doc.events] == ["2021-03-09"]


def test_total_over_weeks_goes_to_claims_not_to_an_event() -> None:
    doc = run(
        "وقال المرصد السوري لحقوق الإنسان إن 900 عنصر من قوات النظام قتلوا خلال الأسابيع "
        "الأربعة الماضية في معارك ريف إدلب."
    )
    assert doc.events == ()
    assert len(doc.claims) == 1
    claim = doc.claims[0]
    assert (claim.kind, claim.value) == ("casualty_total", 900)
    assert claim.claimed_by and "Syrian Observatory" in claim.claimed_by
    assert claim.actor == "Military Forces of Syria (2000-2024)"


def test_total_since_start_of_campaign_is_a_claim() -> None:
    doc = run("ارتفعت حصيلة القتلى منذ بداية الحملة العسكرية على إدلب إلى 1200 مدني.")
    assert doc.events == ()
    assert [c.value for c in doc.claims] == [1200]


def test_number_of_days_followed_by_ala_is_a_period() -> None:
    doc = run("وبعد 28 يوما على الحملة قتل 500 عنصر من داعش في الرقة.")
    assert [c.value for c in doc.claims] == [500]
    assert doc.events == ()


def test_event_and_total_in_one_sentence_keep_their_numbers_apart() -> None:
    doc = run("قتل 4 مدنيين بغارة جوية على سراقب، لترتفع حصيلة القتلى منذ بداية الشهر إلى 150.")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Air/drone strike", 4)]
    assert [c.value for c in doc.claims] == [150]


def test_updated_toll_of_one_event_is_not_a_total() -> None:
    doc = run("ارتفعت حصيلة قتلى التفجير الانتحاري في بغداد إلى 32 قتيلا.")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Suicide bomb", 32)]
    assert doc.claims == ()


def test_an_act_told_beside_a_fear_is_still_an_event() -> None:
    # the fear governs what follows it, not the abduction told before it
    text = "واختطف مسلحون المعلمين في بلدة دابتشي، فيما فر آخرون خوفا من القصف."
    assert [e.sub_event_type for e in run(text).events] == ["Abduction/forced disappearance"]


STATES_AND_OTHER_SENSES = [
    (
        "relative_clause_state",
        "قصف الحوثيون مطار مأرب الذي تسيطر عليه القوات الحكومية.",
        ["Shelling/artillery/missile attack"],
    ),
    ("area_under_control", "فر السكان إلى مناطق سيطرة قوات النظام قرب سراقب.", []),
    ("subject_to_control", "وصلت العائلات إلى قرى خاضعة لسيطرة قسد قرب الرقة.", []),
    ("fire_brought_under_control", "أعلن الدفاع المدني السيطرة على حريق في بغداد.", []),
    ("ammunition_recovered", "تمكنت القوات العراقية من استعادة كميات من الذخائر قرب الموصل.", []),
    ("imminent_strike", "قال مسؤولون إن ضربة جوية وشيكة قد تستهدف مواقع في إدلب.", []),
    ("weapon_named_without_attack", "تشمل الصفقة راجمات الصواريخ والمدافع الثقيلة في إدلب.", []),
    ("deal_only_mentioned", "تشرف تركيا على تنفيذ الاتفاق في إدلب.", []),
    ("systematic_targeting", "تستهدف الميليشيات المدنيين بطريقة ممنهجة في تعز.", []),
]


@pytest.mark.parametrize(
    ("why", "text", "subs"), STATES_AND_OTHER_SENSES, ids=[c[0] for c in STATES_AND_OTHER_SENSES]
)
def test_states_and_other_senses_are_not_events(why: str, text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in run(text).events] == subs


def test_civilian_subject_becomes_the_victim_not_actor1() -> None:
    doc = run(
        "قال ناشطون إن المدنيين تعرضوا لقصف مدفعي في سراقب.",
        extra_actors={"المدنيين": ("Civilians (Syria)", 7)},
    )
    e = doc.events[0]
    # nobody named fired: ACLED's unidentified armed group, never the civilians
    assert e.actor1 == "Unidentified Armed Group (Syria)" and e.actor2 == "Civilians (Syria)"


def test_an_attack_whose_perpetrator_no_account_names_is_an_unidentified_groups() -> None:
    [e] = run("تعرضت سيارة مدير المدرسة لإطلاق نار في سراقب.").events
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)"
    )
    # only states fly: an air strike with no flier named keeps actor1 open
    [strike] = run("استهدفت غارات جوية مدينة سراقب.").events
    assert strike.actor1 is None
