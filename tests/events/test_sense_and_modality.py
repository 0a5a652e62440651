"""Sentences that look violent on unseen news but report no ACLED event: a possibility or a
future, a pluperfect told with a past year, a sports report, a cultural "تظاهرة", a deal of
trade or diplomacy, mourning, an apology, an evaluation, an abstract thing "regained", rain.
Each rule has a sentence where the event is still reported."""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import run

_TODAY = (dt.date(2021, 3, 10), dt.date(2021, 3, 10), 1, None)


def _events(text: str, **kwargs):
    return [(e.sub_event_type, e.location) for e in run(text, **kwargs).events]


def _statuses(text: str, **kwargs) -> list[str]:
    return [s.value.status for s in run(text, **kwargs).layer("triggers")]


@pytest.mark.parametrize(
    "text",
    [
        # "قد" + imperfect: a possibility, not an interception that happened
        "وقال مسؤول إن السفن الروسية قد تساعد في تعقب واعتراض الصواريخ قرب إدلب.",
        # a verbal noun whose predicate is a future verb
        "وقال محلل عسكري إن معركة إدلب ستكون حاسمة وطويلة.",
    ],
)
def test_a_possibility_or_a_future_is_no_event(text: str) -> None:
    assert _events(text) == []
    assert "irrealis" in _statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        # "قد" + perfect asserts the act
        "وقالت الوزارة إن قوات النظام قد سيطرت على بلدة سراقب اليوم.",
        # a past battle word with a past verb after it is told as done
        "واندلعت معركة عنيفة بين قوات النظام وهيئة تحرير الشام في إدلب اليوم.",
    ],
)
def test_a_perfect_after_qad_or_a_past_predicate_keeps_the_event(text: str) -> None:
    assert _events(text, dates={"اليوم": _TODAY}) != []


def test_a_pluperfect_with_a_past_year_is_history() -> None:
    text = (
        "وكانت قوات النظام قد اعتقلت الناشط في دوما خلال تظاهرات الاحتجاج على نتائج "
        "الانتخابات البرلمانية التي جرت في البلاد عام 2013."
    )
    assert _events(text) == []
    assert "history" in _statuses(text)


def test_a_pluperfect_with_today_in_its_clause_stays_news() -> None:
    text = "وكانت قوات النظام قد اعتقلت اليوم الناشط في دوما، بعد أن أفرجت عنه عام 2013."
    assert _events(text, dates={"اليوم": _TODAY}) == [("Arrests", "Duma")]


def test_a_match_report_borrows_battle_words() -> None:
    text = (
        "وتحول مجرى المباراة عندما حرر المهاجم الدفاع من الضغط، واندفع لاعبو المنتخب "
        "العراقي في موجات هجومية حتى نهاية الشوط في البصرة."
    )
    assert _events(text) == []
    assert "other_sense" in _statuses(text)


def test_a_deadly_attack_at_a_stadium_is_still_an_event() -> None:
    text = "وقتل خمسة مشجعين في قصف لقوات النظام على ملعب لكرة القدم قبل المباراة في دوما."
    assert _events(text) != []


def test_a_cultural_tazahura_is_a_festival_in_the_whole_article() -> None:
    text = (
        "وتنطلق في بغداد اليوم الدورة الجديدة من هذه التظاهرة الثقافية.\n"
        "ويحضر جمهور التظاهرة عروضا مسرحية في بغداد."
    )
    assert _events(text, dates={"اليوم": _TODAY}) == []


def test_a_tazahura_in_an_article_without_culture_is_a_demonstration() -> None:
    text = "وخرجت تظاهرة حاشدة في البصرة اليوم احتجاجا على انقطاع الكهرباء."
    assert _events(text, dates={"اليوم": _TODAY}) == [("Peaceful protest", "Basrah")]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن الكرملين التوصل إلى اتفاق على عقد القمة في بغداد.",
        "ووقعت الحكومة العراقية اتفاقية امتياز مع شركة صينية في البصرة.",
    ],
)
def test_a_deal_of_trade_or_a_summit_is_no_acled_agreement(text: str) -> None:
    assert _events(text) == []


def test_a_ceasefire_deal_is_an_agreement() -> None:
    text = "وأعلنت الأمم المتحدة التوصل إلى اتفاق لوقف إطلاق النار في تعز اليوم."
    assert ("Agreement", "Taizz") in _events(text, dates={"اليوم": _TODAY})


@pytest.mark.parametrize(
    "text",
    [
        # condolences for the dead of an event told elsewhere
        "وعبر الوزير عن عزائه ومواساته لذوي شهداء الواجب في بغداد.",
        # a condemnation with a possessive after "عن"
        "وأعربت الوزارة عن إدانتها واستنكارها الشديدين لاستخدام قوات الأمن القوة المفرطة ضد "
        "المتظاهرين في البصرة.",
        # an apology for an event is its aftermath
        "ورحبت الحكومة باعتذار التحالف لعائلات الضحايا عن الغارة على تعز.",
        # an evaluative copula judges an event, it tells none
        "وتشكل استعادة الرقة ضربة قوية لتنظيم داعش.",
    ],
)
def test_mourning_condemning_apologising_and_judging_tell_no_event(text: str) -> None:
    assert _events(text) == []
    assert "event" not in _statuses(text)


def test_martyrs_killed_in_an_attack_are_an_event() -> None:
    text = "وسقط ثلاثة شهداء من قوات الأمن اليوم في هجوم لداعش على حاجز في بغداد."
    assert _events(text, dates={"اليوم": _TODAY}) != []


@pytest.mark.parametrize(
    "text",
    [
        "وجددت الحكومة دعمها لأهالي الموصل في استعادة حقوقهم المشروعة.",
        "وقال الوزير إن مهمة القوات هي المساهمة في استعادة وحدة أراضي البلاد.",
    ],
)
def test_rights_and_unity_regained_are_no_territory(text: str) -> None:
    assert _events(text) == []


def test_rain_sweeping_houses_away_is_no_destruction() -> None:
    text = "وشهدت مأرب أمطارا غزيرة لا تتوقف في الأيام الماضية جرفت معها جسورا واكتسحت طرقا."
    assert _events(text) == []


def test_forces_bulldozing_houses_is_destruction() -> None:
    text = "وجرفت قوات النظام اليوم منازل المدنيين في دوما."
    assert _events(text, dates={"اليوم": _TODAY}) == [("Looting/property destruction", "Duma")]


def test_deaths_in_a_landslide_are_no_attack() -> None:
    text = "وقالت الشرطة اليوم إن 20 شخصا على الأقل قتلوا في انهيار أرضي سببته أمطار في تعز."
    assert _events(text, dates={"اليوم": _TODAY}) == []


def test_integration_into_society_is_no_merger() -> None:
    text = "ويحصل اللاجئون الذين بذلوا جهدا للاندماج في المجتمع على الأولوية في بغداد."
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "في مواجهة" + a non-armed object: the preposition "facing, against"
        (
            "وشدد البيان على رفض الحكومة لاستخدام القوة في مواجهة المسيرات السلمية في البصرة.",
            "other_sense",
        ),
        # the right to protest
        ("وأدانت المنظمة قمع العزل الذين يمارسون حقهم في التظاهر في البصرة.", "other_sense"),
        # ending the fighting
        ("وقال الرئيس إن السبيل الأمثل هو اتفاق سلام ينهي القتال في تعز.", "negated"),
        # what a plan stipulates
        ("وكانت العملية تقضي باستهداف موكب القائد بعبوات ناسفة على طريق الرقة.", "irrealis"),
        # a question about an event
        ("وسئل الوزير عن كيفية سماعه خبر اغتيال القيادي في بغداد.", "statement"),
        # a report's plural, undated finding
        (
            "ولفت تقرير لجنة العقوبات إلى اشتداد النزاع في دارفور عبر غارات جوية تشن على القرى.",
            "statement",
        ),
        # remains found
        ("وتضم المقبرة رفات خمسة من الشهداء قرب البصرة.", "other_sense"),
        # a deal verb after the purpose "ل"
        ("ونذكركم بالتزاماتكم للتوصل إلى مصالحة في تعز.", "irrealis"),
    ],
)
def test_statements_purposes_and_remains_tell_no_event(text: str, status: str) -> None:
    assert _events(text) == []
    assert status in _statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقتل ثلاثة من عناصر الشرطة في مواجهة مع مسلحين في البصرة اليوم.",
        "وخرج المئات في تظاهرة في البصرة اليوم للمطالبة بحقهم في العمل.",
        "واندلع قتال عنيف في تعز اليوم بين الحوثيين والقوات الحكومية.",
        "وانفجرت عبوات ناسفة استهدفت موكب القائد على طريق الرقة اليوم.",
        "وأفاد تقرير للمرصد بأن غارات جوية استهدفت بلدة سراقب اليوم.",
        "وسقط خمسة شهداء في قصف على البصرة اليوم.",
        "وتوصلت الأطراف إلى مصالحة في تعز اليوم.",
    ],
)
def test_the_same_words_telling_an_act_on_a_day_stay_events(text: str) -> None:
    assert _events(text, dates={"اليوم": _TODAY}) != []


_WEDNESDAY = (dt.date(2021, 3, 10), dt.date(2021, 3, 10), 1, None)


@pytest.mark.parametrize(
    "text",
    [
        "وقال القائد إن الحياة بدأت تعود إلى طبيعتها في تعز بعد تحريرها من الحوثيين.",
        "وغادر الدبلوماسيون البلاد في أعقاب سيطرة المتمردين على بغداد.",
    ],
)
def test_an_event_after_after_is_presupposed_not_reported(text: str) -> None:
    assert _events(text) == []
    assert "reference" in _statuses(text)


def test_an_event_after_after_with_a_day_of_its_own_is_reported() -> None:
    text = "وفرض الجيش العراقي حظر التجول في بغداد إثر اغتيال المعارض البارز، الأربعاء."
    assert _events(text, dates={"الأربعاء": _WEDNESDAY}) == [("Attack", "Baghdad")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a death sentence is a ruling, not an execution
        ("وأصدرت محكمة عراقية حكما غيابيا بالإعدام شنقا بحق رجل في بغداد.", "other_sense"),
        # a person brought back is no territory regained
        ("وقال المتحدث إنه تم بتوفيق الله استعادة المواطن من معتقل في بغداد.", "other_sense"),
        # a nuclear deal between states is diplomacy
        (
            "وقال وزير الدفاع إن الاتفاق النووي الذي وقع مع القوى الدولية لا يمنع الخيار "
            "العسكري ضد بغداد.",
            "other_sense",
        ),
        # signing a deal as the aim of a visit
        ("وأعلن الرئيس خططا لزيارة بغداد لتوقيع اتفاقية لحماية العمال.", "irrealis"),
    ],
)
def test_rulings_repatriations_and_diplomacy_are_no_events(text: str, status: str) -> None:
    assert _events(text) == []
    assert status in _statuses(text)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("وأعدم تنظيم داعش ثلاثة مدنيين في الرقة اليوم.", "Attack"),
        ("ووقع الطرفان اتفاقية لوقف إطلاق النار في تعز اليوم.", "Agreement"),
        ("وتوصلت الأطراف لوقف إطلاق النار في تعز اليوم.", "Agreement"),
    ],
)
def test_executions_and_ceasefire_deals_stay_events(text: str, sub: str) -> None:
    assert sub in [s for s, _ in _events(text, dates={"اليوم": _TODAY})]


def test_an_indefinite_event_after_after_is_new_information() -> None:
    text = "وبعد معارك عنيفة، تكبدت مليشيات الحوثي خسائر كبيرة في تعز."
    assert _events(text) == [("Armed clash", "Taizz")]


@pytest.mark.parametrize(
    "text",
    [
        "وتستخدم قوات الأمن الخاصة في عمليات حفظ النظام كتفريق المظاهرات في بغداد.",
        "وقال الوزير إن الدول الأوروبية تنظم تظاهرات للمجموعات المعارضة في بغداد.",
    ],
)
def test_a_verbal_noun_under_an_undated_imperfect_is_a_habit(text: str) -> None:
    assert _events(text) == []
    assert "stative" in _statuses(text)


def test_a_verbal_noun_under_an_imperfect_with_a_day_is_news() -> None:
    text = "وتنظم الأحزاب المعارضة اليوم تظاهرات في بغداد."
    assert _events(text, dates={"اليوم": _TODAY}) == [("Peaceful protest", "Baghdad")]


@pytest.mark.parametrize(
    "text",
    [
        # the other side a few words after "في مواجهة"
        "وقتل قيادي حوثي في مواجهة وقعت مع عناصر المقاومة في تعز اليوم.",
        # an evaluative copula after the deal qualifies it, it does not judge it away
        "وبدأ مقاتلو المعارضة اليوم الانسحاب من دوما في اتفاق استسلام يمثل انتصارا للنظام.",
        # "قد" + a perfect of form VI is no possibility
        "وقالت المصادر إن قوات النظام قد تقدمت اليوم وسيطرت على بلدة سراقب.",
        # a presupposed event in a sentence dated today is fresh news
        "وتقدمت المقاومة اليوم نحو تعز عقب سيطرتها على مديرية الرضمة.",
    ],
)
def test_refinements_keep_reported_events(text: str) -> None:
    assert _events(text, dates={"اليوم": _TODAY}) != []


def test_protests_for_the_third_day_are_dated_by_the_count() -> None:
    text = "وتنظم المعارضة تظاهرات لليوم الثالث على التوالي في بغداد."
    assert _events(text) == [("Peaceful protest", "Baghdad")]


def test_a_verbal_noun_joined_to_a_habit_is_a_habit_too() -> None:
    text = (
        "وتستخدم قوات الأمن في عمليات حفظ النظام كتفريق المظاهرات، وإنقاذ الرهائن والمخطوفين "
        "في بغداد."
    )
    assert _events(text) == []


def test_an_event_that_comes_at_a_time_is_the_topic_told_elsewhere() -> None:
    text = (
        "وتعد مدينة ميدي معقلا مهما للحوثيين. ويأتي تحرير ميدي في وقت تمكنت فيه القوات من "
        "التقدم في تعز."
    )
    assert _events(text) == []
    assert "reference" in _statuses(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "any attack" is none in particular; its predicate is a future too
        ("ورأى أن أي هجوم واسع سيضعف جبهاته داخل بغداد.", "generic"),
        # what an agreement is to avoid did not happen
        ("وزار المبعوث صنعاء لمحاولة التوصل إلى اتفاق يجنب اندلاع مواجهة في الحديدة.", "irrealis"),
        # the control a liberation ends is the same event, not a second one
        ("وعقد الوزراء اجتماعا داخل مدينة تعز بعد تحريرها من سيطرة الحوثيين.", "stative"),
    ],
)
def test_any_avoided_or_ended_acts_are_no_events(text: str, status: str) -> None:
    assert _events(text) == []
    assert status in _statuses(text)


def test_a_clash_that_broke_out_today_is_an_event() -> None:
    text = "واندلعت مواجهة عنيفة في الحديدة اليوم بين الحوثيين والقوات الحكومية."
    assert [s for s, _ in _events(text, dates={"اليوم": _TODAY})] == ["Armed clash"]
