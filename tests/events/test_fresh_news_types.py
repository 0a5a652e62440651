"""Wrong-type and no-event classes from a third audit of fresh news (50 unseen articles):
accidents told over several sentences, crashes, weapons seized, units named for a weapon, a
protest lodged by a government, executions of captives, and claims of responsibility."""

from __future__ import annotations

import pytest

import rasad


def _events(text: str, published: str = "2018-03-20") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _subs(text: str, published: str = "2018-03-20") -> list[str]:
    return [e["sub_event_type"] for e in _events(text, published)]


# ---- accidents and disasters ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a road crash named by its collision
        "لقي 12 شخصا حتفهم وأصيب 20 آخرون في تصادم شاحنة وحافلة يوم الاثنين قرب مدينة الحلة "
        "جنوب بغداد.",
        # the accident's dead told again without the cause
        "قتل ثلاثة أشخاص في انهيار أرضي ضرب قرية جبلية في محافظة حجة أمس الأحد. وقالت فرق "
        "الإنقاذ إنها انتشلت جثة الضحية الثالثة من تحت الركام في مديرية كشر.",
    ],
)
def test_an_accident_is_no_event(text: str) -> None:
    assert _subs(text) == []


def test_a_helicopter_that_crashed_is_no_air_strike() -> None:
    text = (
        "وأضافت الشبكة أن حادث تحطم المروحية يأتي عقب ساعات من مقتل جنديين أمريكيين إثر "
        "تعرضهم لإطلاق نار من قبل رجل شرطة أفغاني شرق أفغانستان."
    )
    assert "Air/drone strike" not in _subs(text, "2013-03-12")


def test_violence_told_after_an_accident_is_still_an_event() -> None:
    text = (
        "قتل ثلاثة أشخاص في انهيار أرضي في محافظة حجة أمس الأحد. وفي تعز، قتل جنديان يمنيان "
        "في هجوم لمسلحين على نقطة تفتيش للجيش."
    )
    assert "Armed clash" in _subs(text)


# ---- weapons that are no attack --------------------------------------------------------------
def test_explosives_seized_with_arms_are_no_bombing() -> None:
    text = (
        "وأعلنت وزارة الداخلية التونسية الجمعة أنه تمت مصادرة بنادق وذخيرة وعبوات ناسفة خلال "
        "مداهمة في مدينة بنزرت."
    )
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_a_unit_named_for_its_weapon_is_no_shelling() -> None:
    text = (
        "وقال الرئيس في بيان إن أحد العسكريين من الفوج 68 لسلاح المدفعية قتل صباح اليوم في "
        "عملية عسكرية جرت في شرق البلاد."
    )
    assert "Shelling/artillery/missile attack" not in _subs(text, "2013-03-06")


# ---- a protest lodged is diplomacy ------------------------------------------------------------
def test_a_protest_lodged_by_a_ministry_is_no_demonstration() -> None:
    text = (
        "وقالت وزارة الخارجية الليبية في بيان الأحد إنها تقدمت باحتجاج لدى السفارة الإيطالية "
        "في طرابلس."
    )
    assert _subs(text) == []


# ---- executions of captives -------------------------------------------------------------------
def test_executing_a_captive_soldier_is_violence_against_civilians() -> None:
    text = (
        "وأعلن مسلحو حركة الشباب الجمعة أنهم أعدموا جنديا كينيا كانوا يحتجزونه منذ أشهر في "
        "مدينة كسمايو."
    )
    events = _events(text, "2013-02-15")
    assert [e["event_type"] for e in events] == ["Violence against civilians"]


# ---- a claim of responsibility joins the act it claims ---------------------------------------
def test_a_claim_of_responsibility_is_no_event_of_its_own() -> None:
    text = (
        "انفجرت سيارة مفخخة يقودها انتحاري أمام مركز للشرطة في مدينة الرمادي صباح الخميس. "
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان على الإنترنت."
    )
    events = _events(text, "2016-03-10")
    assert [e["sub_event_type"] for e in events] == ["Suicide bomb"]
    assert events[0]["actor1"].startswith("Islamic State")


# ---- clashes with no side at a riot -----------------------------------------------------------
def test_clashes_with_no_armed_side_at_a_riot_are_the_riot() -> None:
    text = (
        "تظاهر آلاف العراقيين الجمعة في مدينة البصرة احتجاجا على انقطاع الكهرباء. ووقعت أعنف "
        "المواجهات في البصرة حيث قتل شخصان في أعمال عنف وأحرق محتجون مبنى المحافظة."
    )
    subs = _subs(text, "2018-07-27")
    assert "Armed clash" not in subs
    assert "Violent demonstration" in subs


# ---- an act judged in a reaction is known, not told -------------------------------------------
def test_an_attack_condemned_in_a_reaction_is_no_event_of_the_reaction_day() -> None:
    text = (
        "وشدد رئيس الوزراء البريطاني، الإثنين، على ضرورة محاسبة مرتكبي الهجوم الكيماوي المروع "
        "على مدينة دوما."
    )
    assert _subs(text, "2018-04-09") == []


def test_a_condemned_attack_told_with_its_day_is_the_news() -> None:
    text = "وأسفر التفجير الغاشم الذي استهدف مسجدا في مدينة أبها أمس عن مقتل 15 شخصا."
    assert _subs(text, "2015-08-08") == ["Remote explosive/landmine/IED"]


# ---- a toll over months, a presence for a purpose ---------------------------------------------
def test_a_toll_since_months_is_no_event() -> None:
    text = (
        "قال مسؤول صحي في محافظة عدن اليوم إن ألف شخص قتلوا في المدينة. وأضاف في تصريح نشرته "
        'وكالة الأنباء اليمنية أن "القتلى والجرحى سقطوا خلال أعمال العنف التي نفذتها ميليشيات '
        'الحوثي وصالح ضد المدنيين في عدن منذ أكثر من ثلاثة أشهر".'
    )
    assert _subs(text, "2015-07-23") == []


def test_battles_a_commander_came_to_oversee_are_no_event() -> None:
    text = "وعزا مراقبون غياب القائد إلى وجوده في مدينة الفلوجة للإشراف على المعارك ضد تنظيم داعش."
    assert _subs(text, "2015-07-22") == []


# ---- the means of an act still to come ---------------------------------------------------------
def test_a_blast_that_is_the_means_of_a_planned_demolition_is_no_bombing() -> None:
    text = "وقالت الوكالة إنه سيتم تدمير جميع المنشآت في موقع التجارب شمال البلاد عبر التفجير."
    assert _subs(text, "2018-05-12") == []


def test_a_blast_that_was_the_means_of_a_demolition_done_stays() -> None:
    text = "وقال الجيش إنه دمر الجسر في مدينة الرمادي عبر التفجير أمس."
    assert _subs(text, "2016-05-12") == ["Remote explosive/landmine/IED"]


# ---- a detention that goes on -----------------------------------------------------------------
def test_a_detention_that_goes_on_is_no_arrest() -> None:
    text = (
        "وطالب المركز في بيان اليوم بالإفراج الفوري عن الناشط في جنيف لأن استمرار اعتقاله "
        "مخالف لكل المبادئ الإنسانية."
    )
    assert _subs(text, "2013-02-19") == []


# ---- an ability is no act ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'وقال وزير الدفاع الأمريكي اليوم إن "الولايات المتحدة تملك قوة قادرة على القتال في أي '
        'مكان".',
        "وقال مسؤول عسكري إن القوات العراقية باتت لديها القدرة على شن هجمات على مواقع داعش في "
        "الموصل.",
    ],
)
def test_an_ability_to_fight_is_no_fighting(text: str) -> None:
    assert _subs(text, "2013-03-02") == []


# ---- stopping a fight names no fight -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "وقالت المتحدثة باسم الخارجية الأمريكية إن روسيا لديها النفوذ لوقف هذه العمليات "
        "العسكرية في الغوطة الشرقية.",
    ],
)
def test_stopping_military_operations_names_no_battle(text: str) -> None:
    assert _subs(text, "2018-02-26") == []


def test_protesters_who_stood_before_a_building_still_protest() -> None:
    text = "وقف مئات المحتجين اليوم أمام مبنى محافظة البصرة احتجاجا على انقطاع الكهرباء."
    assert _subs(text, "2018-07-20") == ["Peaceful protest"]


# ---- what protesters protest against is their cause ------------------------------------------
def test_the_killing_protesters_protest_against_is_no_force_against_them() -> None:
    text = (
        "تظاهر آلاف التونسيين اليوم في مدينة صفاقس، واستخدمت الشرطة الغاز المسيل للدموع لتفرقة "
        "المحتجين على اغتيال زعيم المعارضة."
    )
    events = _events(text, "2013-02-06")
    assert [e["event_type"] for e in events] == ["Protests"]
    assert events[0]["sub_event_type"] != "Excessive force against protesters"


# ---- a description, a holiday and the families of the dead are no act -------------------------
def test_an_operation_described_as_a_battle_is_no_battle_of_the_speech() -> None:
    text = (
        "وقال الرئيس الجزائري في رسالة وجهها بمناسبة الاحتفالات في ولاية عنابة ونشرتها صحيفة "
        "الخبر الصادرة صباح اليوم الثلاثاء إن البلاد تواجه تحديات.\n"
        "ووصف الرئيس ،عملية تحرير الرهائن في المنشأة الغازية من قبضة إرهابيين، بمعركة كبيرة "
        "ضد قوى الشر والتدمير، مشيدا بدور قوات الجيش."
    )
    assert _subs(text, "2013-02-19") == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال الرئيس في رسالة وجهها اليوم بمناسبة الاحتفالات بيوم الشهيد في ولاية عنابة إن "
        "الجزائر ستبقى موحدة.",
        "واستقبل أمير منطقة عسير اليوم في أبها عددا من أسر الشهداء.",
    ],
)
def test_martyrs_day_and_martyrs_families_tell_no_killing(text: str) -> None:
    assert _subs(text, "2015-08-10") == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # "الجمعة" and "اليوم" before a death verb are its day, no martyrs' Friday
        ("وفي وقت سابق اليوم الجمعة قتل شاب فلسطيني برصاص مستوطنين في مدينة الخليل.", "2015-07-31"),
        # "عدة انفجارات": several explosions, no judgement ("عدّه")
        ("هزت عدة انفجارات مدينة ميدوغوري في شمال شرق نيجيريا مساء أمس الجمعة.", "2013-03-09"),
    ],
)
def test_days_and_counts_before_a_trigger_keep_the_event(text: str, published: str) -> None:
    assert _subs(text, published) != []


# ---- "احتجاجا": a motive, a demonstration only when people gather -------------------------------
def test_a_boycott_in_protest_is_no_demonstration() -> None:
    text = (
        "وأعلن الائتلاف الوطني السوري، السبت، تعليق مشاركته في مؤتمر روما احتجاجاً على الموقف "
        "الدولي."
    )
    assert _subs(text, "2013-02-23") == []


def test_a_protest_organised_is_a_demonstration() -> None:
    text = (
        "ونظم أعضاء النقابات العمالية في مدينة سيدني أمس احتجاجا على اتفاقية التجارة الحرة مع "
        "الصين."
    )
    assert _subs(text, "2015-07-31") == ["Peaceful protest"]


# ---- an act governed by a future verb ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "وسينظم أكبر احتجاج من أجل البيئة والسلام في هلسنكي الأحد.",
        "وقال الجيش إن قواته ستشن هجوما على مواقع المسلحين في مدينة درنة.",
    ],
)
def test_an_act_a_future_verb_governs_is_still_to_come(text: str) -> None:
    assert _subs(text, "2018-07-08") == []


def test_a_means_of_protest_is_no_future_verb() -> None:
    # "وسيلة" (a means) is no سـ + imperfect
    text = "وتظاهر مئات الطلاب اليوم في مدينة الرباط وسيلة للاحتجاج على قرار الحكومة."
    assert _subs(text, "2013-02-27") == ["Peaceful protest"]


# ---- "حيث حصلت الغارة": the place named by the act it saw ---------------------------------------
def test_the_strike_that_names_a_place_is_the_strike_told() -> None:
    text = (
        "قتل عشرة جنود أفغان صباح أمس في غارة أميركية على حاجز للجيش في ولاية لوغار جنوب كابول "
        'حيث ينتشر متمردو طالبان. وقال حاكم منطقة بركي براك حيث حصلت الغارة إن "مروحيتين '
        'أميركيتين هاجمتا حاجزا للجيش الأفغاني"، مضيفا أن عشرة جنود قتلوا.'
    )
    events = _events(text, "2015-07-22")
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]


def test_concern_over_reports_of_a_strike_is_no_strike_of_that_day() -> None:
    text = (
        "أعربت روسيا، اليوم الخميس، عن قلقها من أنباء وقوع هجوم جوي إسرائيلي داخل سوريا قرب "
        "العاصمة دمشق."
    )
    assert _subs(text, "2013-01-31") == []
