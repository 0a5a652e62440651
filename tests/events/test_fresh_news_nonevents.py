"""No-event and wrong-type classes from a fourth audit of fresh news (70 unseen articles, 15 of
them statements, trials and politics): deaths told inside a condemnation, drills, examples of a
kind, the eve of a protest, a case someone is held for, a confession in court, an aim to
confront, an attempt still under way, a crash told by its verb, and a hostage taken."""

from __future__ import annotations

import datetime as dt

import rasad
from rasad.ingest import read_article
from rasad.pipeline import run


def _subs(text: str, published: str = "2019-04-17") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


# ---- deaths told inside a statement about an act -------------------------------------------
def test_deaths_of_a_condemned_bombing_are_no_attack_of_their_own() -> None:
    text = (
        "استنكرت الجامعة العربية بشدة التفجيرات الإرهابية التي ضربت عدة أحياء في مدينة كركوك "
        "أمس الثلاثاء وأدت إلى سقوط عشرات الضحايا."
    )
    assert _subs(text) == []


def test_deaths_told_in_their_own_sentence_after_a_condemnation_still_count() -> None:
    text = (
        "استنكرت الجامعة العربية التفجيرات الأخيرة في العراق. وقتل أربعة مدنيين أمس الثلاثاء في "
        "هجوم لمسلحين على سوق شعبي في مدينة كركوك."
    )
    assert _subs(text) == ["Attack"]


# ---- drills and examples ---------------------------------------------------------------------
def test_a_drill_that_rehearses_repelling_an_attack_is_no_clash() -> None:
    text = (
        "نفذت القوات البحرية الأردنية تمرينا مشتركا مع قوات أمريكية في خليج العقبة، واشتمل "
        "التدريب على صد هجوم بالزوارق السريعة."
    )
    assert _subs(text) == []


def test_a_real_attack_repelled_after_a_drill_is_still_a_clash() -> None:
    text = (
        "اختتمت القوات البحرية الأردنية تمرينا مشتركا في خليج العقبة. وفي سيناء، صد الجيش "
        "المصري أمس هجوما لمسلحين على كمين أمني جنوب العريش."
    )
    assert "Armed clash" in _subs(text)


def test_shells_named_as_an_example_of_incidents_are_generic() -> None:
    text = (
        "وتوترت الأوضاع على الحدود بين سوريا والأردن، لكن لا تزال الحوادث في هذه المنطقة مثل "
        "سقوط قذائف من الجانب السوري محدودة."
    )
    doc = run(read_article(text, published=dt.date(2019, 4, 17)))
    assert [t.value.status for t in doc.layers["triggers"]] == ["generic"]


# ---- still to come or not done -----------------------------------------------------------------
def test_a_protest_on_the_eve_of_which_tension_rose_is_no_protest() -> None:
    text = "ساد التوتر مدينة المكلا اليوم الاثنين عشية تظاهرات دعت إليها قوى المعارضة."
    assert "Peaceful protest" not in _subs(text)


def test_men_trying_to_fight_are_no_clash() -> None:
    text = (
        "تدخلت الشرطة في الخرطوم بعدما كان عدد من الشبان يحاولون الاشتباك فيما بينهم أمام "
        "مقر الحزب مساء الجمعة."
    )
    assert "Armed clash" not in _subs(text)


def test_jets_sent_to_confront_a_group_are_no_clash() -> None:
    text = (
        "أرسلت فرنسا أربع طائرات رافال إلى قاعدة في الأردن أمس دعما للتصدي لتنظيم داعش في "
        "المنطقة."
    )
    assert _subs(text) == []


def test_a_force_that_confronted_an_attack_is_still_a_clash() -> None:
    text = "تصدت قوات الأمن العراقية أمس لهجوم شنه مسلحون من داعش على قرية قرب مدينة سامراء."
    assert "Armed clash" in _subs(text)


# ---- cases, trials and confessions --------------------------------------------------------------
def test_a_man_held_pending_a_murder_case_is_no_attack() -> None:
    text = (
        "قال المتحدث باسم وزارة الداخلية الجزائرية إنه تم توقيف رجل على ذمة حادث اغتيال "
        "الناشط السياسي في وهران."
    )
    assert "Attack" not in _subs(text)


def test_a_confession_in_court_to_an_old_shooting_is_no_attack() -> None:
    text = (
        "اعترف رجل أمام محكمة في أوسلو الخميس بقتل أربعة أشخاص بالرصاص في مركز تسوق، في "
        "مارس عام 2017."
    )
    assert _subs(text) == []


# ---- accidents and hostages ------------------------------------------------------------------
def test_a_bus_that_hit_a_wall_is_no_attack() -> None:
    text = (
        "لقي سبعة عمال حتفهم عندما اصطدمت حافلة تقلهم بجدار على طريق سريع قرب مدينة إزمير "
        "التركية صباح الأحد."
    )
    assert _subs(text) == []


def test_a_hostage_held_by_a_gunman_is_an_abduction_not_an_arrest() -> None:
    text = (
        "قالت الشرطة الفرنسية إن رجلا مسلحا احتجز موظفة رهينة داخل مصرف في مدينة ليون صباح "
        "الثلاثاء."
    )
    subs = _subs(text)
    assert "Arrests" not in subs
    assert "Abduction/forced disappearance" in subs


def test_police_who_detain_suspects_still_arrest() -> None:
    text = "اعتقلت الشرطة الأردنية ثلاثة مشتبه بهم في مدينة الزرقاء أمس الأحد."
    assert "Arrests" in _subs(text)


# ---- headings and habits -------------------------------------------------------------------
def _statuses(text: str) -> list[str]:
    doc = run(read_article(text, published=dt.date(2019, 4, 17)))
    return [t.value.status for t in doc.layers["triggers"]]


def test_a_heading_that_names_the_field_is_no_clash() -> None:
    text = (
        "وعلى صعيد العمليات العسكرية، قال المتحدث إن الوضع في ريف حماة هادئ منذ مساء أمس "
        "الأحد."
    )
    assert _statuses(text) == ["generic"]


def test_an_act_told_after_a_heading_is_still_an_event() -> None:
    text = "وعلى صعيد المعارك، قتل خمسة جنود عراقيين في هجوم لداعش قرب الرمادي أمس الثلاثاء."
    assert "Armed clash" in _subs(text)


def test_daily_protests_named_as_a_cause_are_no_protest() -> None:
    text = (
        "وقال مقربون من الوزير العراقي إن استقالته حفزتها التظاهرات اليومية لأبناء محافظة "
        "الأنبار ضد الحكومة."
    )
    assert "Peaceful protest" not in _subs(text)


# ---- units, organisers and strikes told again ----------------------------------------------
def test_a_unit_named_for_bombings_is_no_bombing() -> None:
    text = "وقال البيان إن القيادي كان يترأس وحدة التفجيرات في التنظيم منذ سنوات."
    assert _statuses(text) == ["in_name"]


def test_the_organisers_of_protests_are_no_protest() -> None:
    text = (
        "وقال منظمو الاحتجاجات في العاصمة الأردنية إنهم يتوقعون مشاركة الآلاف في الأيام "
        "المقبلة."
    )
    assert _statuses(text) == ["other_sense"]


def test_strikes_told_again_beside_a_clash_are_one_strike() -> None:
    text = (
        "قصفت طائرات التحالف مواقع للحوثيين في مديرية حرض صباح السبت. وتزامنت الغارات مع "
        "مواجهات عنيفة بين القوات الحكومية والحوثيين في مديرية ميدي."
    )
    # the definite strikes refer back to the strikes told: no strike of their own
    assert _statuses(text) == ["event", "reference", "event"]
    assert _subs(text).count("Air/drone strike") == 1


def test_new_strikes_beside_a_clash_are_still_strikes() -> None:
    text = (
        "اندلعت مواجهات عنيفة بين القوات الحكومية والحوثيين في مديرية ميدي صباح السبت. "
        "وتزامنت غارات جوية للتحالف مع هجوم للحوثيين على مواقع الجيش في مديرية حرض."
    )
    assert "Air/drone strike" in _subs(text)


# ---- a second sample: grenades, nightly strikes, freed captives, accusations ----------------
def test_the_explosion_of_a_grenade_is_a_grenade_attack() -> None:
    text = "قتل أربعة أشخاص إثر انفجار قنبلة يدوية داخل مقهى في مدينة واو مساء الخميس."
    assert _subs(text) == ["Grenade"]


def test_an_explosion_with_no_weapon_named_stays_a_remote_explosive() -> None:
    text = "قتل أربعة أشخاص إثر انفجار عبوة ناسفة داخل مقهى في مدينة واو مساء الخميس."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_strikes_every_night_are_a_habit_not_an_event() -> None:
    text = "قال سكان إن المدينة قضت ليلة هادئة بعد أن كانت هدفا لغارات جوية كل ليلة تقريبا."
    assert "Air/drone strike" not in _subs(text)


def test_freeing_people_held_is_no_territory_regained() -> None:
    text = "تمكنت الشرطة اليمنية أمس من تحرير المحتجزين في منزل بمديرية حرض."
    assert "Government regains territory" not in _subs(text)


def test_shelling_someone_is_accused_of_taking_part_in_is_no_event() -> None:
    text = (
        "وجاء التصريح وسط اتهامات لطهران بالمشاركة في القصف العنيف على مدينة إدلب وريفها."
    )
    assert _subs(text) == []


# ---- fronts, presupposed control and campaigns going on ---------------------------------------
def test_a_front_named_for_liberating_a_city_is_no_territory_taken() -> None:
    text = "تتقدم قوات الجيش اليمني على محور تحرير مدينة حجة بدعم من طيران التحالف."
    assert "Government regains territory" not in _subs(text)


def test_control_presupposed_after_a_phrase_with_a_definite_noun_is_a_reference() -> None:
    text = (
        "قال مصدر عسكري إن القوات الحكومية باتت قريبة من مطار المدينة، خصوصا بعد إحكام "
        "السيطرة على المداخل الرئيسية لها."
    )
    assert _statuses(text) == ["reference"]


def test_strikes_an_air_force_keeps_up_with_no_day_are_a_campaign() -> None:
    text = "وتواصل مقاتلات التحالف غاراتها الجوية على مواقع الحوثيين على امتداد الشريط الحدودي."
    assert _subs(text) == []


def test_strikes_kept_up_today_are_still_strikes() -> None:
    text = "وتواصل مقاتلات التحالف منذ صباح اليوم غاراتها الجوية على مواقع الحوثيين في حرض."
    assert "Air/drone strike" in _subs(text)


def test_an_act_kept_up_on_a_named_place_stays_an_event() -> None:
    # only the subject's own act ("غاراتها") is read as a campaign, not "قصف الموصل"
    text = "يواصل الجيش العراقي قصف مواقع داعش غرب الموصل بالمدفعية الثقيلة."
    assert "Shelling/artillery/missile attack" in _subs(text)
