"""Rules from a sixth audit of unseen articles: the dead a relative clause describes, the act a
threatened response answers, strikes that back a ground advance, hacking, damage done by
protesters, projectiles, a force named for its task, control achieved ("تمكنت من السيطرة"),
a past year opening the sentence, and a purpose verbal noun spelt like the verb ("لبسط")."""

from __future__ import annotations

import rasad

from .helpers import run


def _subs(text: str, **kwargs) -> list[str]:
    return [e.sub_event_type for e in run(text, **kwargs).events]


def _statuses(text: str) -> dict[str, str]:
    return {s.value.key: s.value.status for s in run(text).layers["triggers"]}


# ---- the dead a relative clause describes ---------------------------------------------------
def test_the_dead_a_relative_clause_describes_make_no_event_of_their_own() -> None:
    text = "وزار الوزير في الموصل عائلات مسلحي داعش الذين قتلوا على يد الجيش العراقي."
    assert _subs(text) == []


def test_a_toll_told_through_a_relative_clause_still_counts_the_dead() -> None:
    text = "وقال الجيش العراقي إن عدد مسلحي داعش الذين قتلوا في الموصل أمس بلغ 15 مسلحا."
    events = run(text).events
    assert [e.fatalities for e in events] == [15]


# ---- what a threatened response answers ------------------------------------------------------
def test_the_strike_a_threatened_response_answers_is_no_new_event() -> None:
    text = "وأعلنت الحكومة أنها تحتفظ بحق الرد على غارة جوية استهدفت قاعدة عسكرية قرب إدلب."
    assert _subs(text) == []
    assert _statuses(text)["غاره جويه"] == "reference"


# ---- strikes that back a ground advance ------------------------------------------------------
def test_strikes_backing_a_ground_advance_join_the_battle() -> None:
    text = (
        "ودخلت القوات العراقية أحياء الموصل أمس مدعومة بغارات مكثفة من الطيران، "
        "واشتبكت مع داعش داخلها."
    )
    assert _statuses(text)["غارات"] == "reference"
    assert _subs(text) == ["Armed clash"]  # the battle itself stays


def test_strikes_told_on_their_own_stay_air_strikes() -> None:
    text = "وشن الطيران الروسي غارات مكثفة على مواقع الفصائل في إدلب أمس."
    assert _subs(text) == ["Air/drone strike"]


# ---- hacking ----------------------------------------------------------------------------------
def test_hackers_taking_accounts_take_no_ground() -> None:
    assert _subs("وسيطر قراصنة على حسابات قناة تلفزيونية في بغداد أمس.") == []


def test_a_hacking_attack_is_no_armed_attack() -> None:
    text = "وتعرض موقع وزارة الدفاع في بغداد لهجمات اختراق أمس."
    assert _statuses(text)["هجمات"] == "other_sense"


# ---- protesters damaging property -------------------------------------------------------------
def test_protesters_damaging_a_vehicle_make_a_violent_demonstration() -> None:
    text = "واندلعت مصادمات في البصرة أمس بين قوات الأمن ومحتجين قاموا بإتلاف مدرعة للشرطة."
    assert "Violent demonstration" in _subs(text)
    assert "Peaceful protest" not in _subs(text)


# ---- projectiles --------------------------------------------------------------------------------
def test_a_projectile_fired_at_a_village_is_shelling() -> None:
    text = "وأصيب مواطن بجروح إثر انفجار مقذوف أطلقه الحوثيون على قرية قرب تعز أمس."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_projectiles_falling_on_a_shop_are_shelling() -> None:
    text = "وسقطت مقذوفات أطلقها الحوثيون على محل تجاري في تعز أمس."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


# ---- a force named for its task ----------------------------------------------------------------
def test_a_raiding_force_is_a_unit_not_a_raid() -> None:
    text = "وانفجرت عبوة ناسفة أمس في إحدى مركبات قوة المداهمة قرب الموصل."
    assert "Arrests" not in _subs(text)
    assert _statuses(text)["مداهمه"] == "other_sense"


# ---- control achieved --------------------------------------------------------------------------
def test_forces_that_managed_to_take_control_took_it() -> None:
    text = "وتمكنت القوات العراقية أمس من السيطرة على الموصل بعد معارك مع داعش."
    assert "Government regains territory" in _subs(text)


def test_taking_control_as_an_aim_stays_an_aim() -> None:
    text = "وأرسلت القوات العراقية تعزيزات إلى الموصل للسيطرة على المدينة."
    assert _statuses(text)["سيطره"] == "irrealis"


def test_control_achieved_in_a_relative_clause_stays_presupposed() -> None:
    text = "وتقع الموصل التي تمكنت القوات العراقية من السيطرة عليها على نهر دجلة."
    assert _statuses(text)["سيطره"] == "irrealis"


# ---- a past year opening the sentence ------------------------------------------------------------
def test_a_past_year_opening_the_sentence_dates_all_it_tells() -> None:
    text = (
        "وفي عام 2012، قتل 74 من مشجعي النادي في أحداث الشغب الأكثر دموية في تاريخ "
        "كرة القدم في بغداد."
    )
    assert _subs(text) == []


def test_a_year_of_this_year_opening_the_sentence_is_no_history() -> None:
    text = "وفي عام 2021، اندلعت أعمال شغب في بغداد أمس احتجاجا على انقطاع الكهرباء."
    assert _subs(text) == ["Violent demonstration"]


# ---- a verbal noun spelt like the verb, after the purpose ل -----------------------------------
def test_a_purpose_verbal_noun_spelt_like_the_verb_is_an_aim() -> None:
    text = "وأرسلت القوات العراقية تعزيزات إلى الموصل لبسط السيطرة على المدينة."
    assert _statuses(text)["بسط"] == "irrealis"


def test_the_same_verb_told_as_done_stays_a_takeover() -> None:
    text = "وبسطت القوات العراقية أمس سيطرتها على الموصل."
    assert _subs(text) == ["Government regains territory"]


# ---- a quarrel between persons (the whole pipeline: a killing with no side named gets one) ----
def _extracted(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2021-03-10")["events"]]


def test_a_killing_after_a_quarrel_is_an_ordinary_crime() -> None:
    text = "أسفرت مشادة بين شابين في حي السلم في ضواحي بيروت أمس عن مقتل أحدهما طعنا."
    assert _extracted(text) == []


def test_a_killing_by_neighbours_is_an_ordinary_crime() -> None:
    text = "وقتل شاب في حي السلم في ضواحي بيروت أمس على يد اثنين من جيرانه بعد احتفاله بفوز فريقه."
    assert _extracted(text) == []


def test_a_killing_by_a_named_group_stays_an_event() -> None:
    text = "وقتل عناصر من داعش شابا في الموصل أمس على يد اثنين من جيرانه."
    assert _extracted(text) != []


# ---- a gas cylinder bursting, and the definite noun that takes it up -------------------------
def test_a_gas_cylinder_bursting_is_no_bomb() -> None:
    text = "وأصيب ثلاثة عمال في البصرة أمس جراء انفجار أسطوانة غاز داخل مخزن."
    assert _statuses(text)["انفجار"] == "other_sense"


def test_the_definite_noun_taking_up_an_accident_is_that_accident() -> None:
    text = (
        "وأصيب ثلاثة عمال في البصرة أمس جراء انفجار أسطوانة غاز داخل مخزن. "
        "وأوضحت الشرطة أن الانفجار وقع في مخزن قرب السوق."
    )
    assert _subs(text) == []
    # "أصيب" with no gunfire after it is a wound word out of context ("no_context")
    statuses = [
        t.value.status for t in run(text).layers["triggers"] if t.value.status != "no_context"
    ]
    assert statuses == ["other_sense", "other_sense"]


def test_a_definite_explosion_after_a_bomb_stays_the_bomb() -> None:
    text = (
        "وقتل ثلاثة مدنيين في انفجار عبوة ناسفة في البصرة أمس. "
        "وأوضحت الشرطة أن الانفجار وقع قرب السوق."
    )
    assert _subs(text) == ["Remote explosive/landmine/IED"]


# ---- consolidating a control held ------------------------------------------------------------
def test_consolidating_control_is_no_takeover() -> None:
    text = "وساعدت الغارات قسد أمس على تعزيز سيطرتها على الرقة."
    assert _statuses(text)["سيطرتها"] == "stative"


# ---- what reports spoke of ---------------------------------------------------------------
def test_shelling_the_reports_spoke_of_is_their_topic() -> None:
    text = "وقال المتحدث أمس إن الأنباء التي تحدثت عن قصف قوات النظام لمناطق في إدلب كاذبة."
    assert _subs(text) == []
    assert _statuses(text)["قصف"] == "statement"


def test_seizing_a_drone_takes_no_ground() -> None:
    text = "وقال الجيش العراقي إن قواته نجحت أمس في الاستيلاء على طائرة بدون طيار قرب الموصل."
    assert _statuses(text)["استيلاء"] == "other_sense"
    assert "Non-state actor overtakes territory" not in _subs(text)
