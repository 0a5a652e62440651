"""Sentences that name an act without telling one: a plan in the past tense, a suspicion, an
earlier act named for comparison, the backdrop of another story, a feigned state, and an act
dated after the day of the news."""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import PUBLISHED, run


def _subs(text: str, **kwargs) -> list[str]:
    return [e.sub_event_type for e in run(text, **kwargs).events]


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف أن خلية في الموصل خططت لتنفيذ هجمات بما في ذلك زرع عبوات ناسفة.",
        "وقال المصدر إن عناصر داعش خططوا لتفجير سيارات مفخخة في بغداد.",
        "وذكر البيان أن التنظيم اعتزم تفجير مقر للشرطة في البصرة.",
    ],
)
def test_a_plan_told_in_the_past_tense_is_no_event(text: str) -> None:
    assert _subs(text) == []


def test_an_explosion_before_the_plan_is_still_told() -> None:
    text = "تبنت جماعة مسلحة تفجير سيارة مفخخة في بغداد أمس، وقالت إنها خططت لهجمات أخرى."
    assert "Remote explosive/landmine/IED" in _subs(text)


@pytest.mark.parametrize(
    "text",
    [
        "وطلبت الوكالة زيارة موقع عسكري في بغداد حيث تشتبه بقيام السلطات بتفجيرات اختبارية.",
        "واعتقلت الشرطة رجلين للاشتباه في تورطهما في تفجير سيارة مفخخة في البصرة.",
    ],
)
def test_a_suspected_act_is_no_event(text: str) -> None:
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_an_earlier_act_named_for_comparison_is_no_event() -> None:
    assert _subs("وتشبه العملية هجمات سابقة نفذها داعش على مواقع الجيش العراقي في الموصل.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وتأتي العقوبات الجديدة في ظل تزايد الاحتجاجات الشعبية في البصرة.",
        "ويعقد البرلمان جلسة طارئة على وقع الاحتجاجات في البصرة.",
        "وتدخل الحرب عامها الثالث في خضم احتدام المواجهات في إدلب.",
    ],
)
def test_the_backdrop_of_another_story_is_no_event(text: str) -> None:
    assert _subs(text) == []


def test_an_act_told_amid_protests_is_still_told() -> None:
    # the killing is the news; only the protests it happened amid are the backdrop
    subs = _subs("قتلت قوات الأمن ثلاثة متظاهرين في البصرة أمس في ظل احتجاجات عنيفة.")
    assert subs and all(s != "Peaceful protest" for s in subs)


@pytest.mark.parametrize(
    "text",
    [
        "وتظاهر حارس المرمى بالإصابة في مباراة أمس في الرياض.",
        "ونصح الكاتب قراءه بأن يتظاهروا بعدم الاهتمام في الرياض.",
    ],
)
def test_feigning_is_no_demonstration(text: str) -> None:
    assert _subs(text) == []


def test_a_demonstration_and_what_was_said_of_it_is_one() -> None:
    text = "وقالت طالبة شاركت في المظاهرات في بغداد أمس بأن الاحتجاج قائم على حقوق النساء."
    assert _subs(text) == ["Peaceful protest"]


def test_an_act_dated_after_the_news_is_still_to_come() -> None:
    tomorrow = PUBLISHED + dt.timedelta(days=1)
    text = "وقالت النقابات إن الإضراب سينفذ يوم غد الخميس في البصرة احتجاجا على القانون."
    assert _subs(text, dates={"يوم غد الخميس": (tomorrow, tomorrow, 1, None)}) == []


def test_an_act_dated_on_the_day_of_the_news_is_told() -> None:
    text = "ونفذ المعلمون إضرابا اليوم الخميس في البصرة احتجاجا على القانون."
    subs = _subs(text, dates={"اليوم الخميس": (PUBLISHED, PUBLISHED, 1, None)})
    assert subs == ["Peaceful protest"]


def test_an_act_named_after_before_is_presupposed() -> None:
    text = "وعقدت الحركة جلسات تدريب في بغداد قبل الاحتجاج، وقالت إن مئات النساء مستعدات."
    assert _subs(text) == []


def test_an_act_done_by_an_agent_after_min_qabl_is_still_told() -> None:
    # "من قبل" is "by": the strikes are the news, not an act before which something happened
    text = "وتم استهداف الرقة اليوم من قبل غارات الطيران الروسي."
    assert _subs(text) == ["Air/drone strike"]


def test_a_scheduled_act_is_still_to_come() -> None:
    text = "وأغلقت الشرطة الطرق المؤدية إلى ساحة في بغداد اليوم قبل احتجاجات مقررة."
    assert _subs(text) == []


def test_the_rapporteur_is_no_schedule() -> None:
    text = "وقصف الطيران الروسي مواقع في إدلب اليوم، وقال المقرر الخاص إن القصف طال مدنيين."
    assert _subs(text)


def test_an_adjective_of_an_act_after_after_is_presupposed_too() -> None:
    text = "واستنفرت قوات الأمن في الرياض بعد التفجير الانتحاري في بغداد."
    assert "Suicide bomb" not in _subs(text)


def test_a_new_suicide_attack_is_still_told() -> None:
    assert _subs("وقتل خمسة أشخاص في هجوم انتحاري في بغداد اليوم.") == ["Suicide bomb"]


def test_an_act_threatened_is_no_event() -> None:
    assert _subs("وتلقى الصحفي في بغداد أمس رسالة تحمل تهديدا بتفجير منزله.") == []


def test_an_act_done_after_threats_is_told() -> None:
    text = "وأعدم داعش الصحفي في الموصل أمس بعد أن تلقى تهديدات عدة."
    assert _subs(text) != []


def test_a_record_of_achievements_is_history() -> None:
    assert _subs("وكانت أبرز إنجازات الفصائل في الشمال، تحرير سراقب ومعرة النعمان.") == []


def test_a_capture_told_as_an_achievement_is_still_told() -> None:
    text = "وحررت الفصائل سراقب اليوم في إنجاز جديد."
    assert _subs(text) == ["Non-state actor overtakes territory"]


def test_a_protest_lodged_with_a_government_is_diplomacy() -> None:
    assert _subs("واحتجت تركيا اليوم لدى الحكومة العراقية في بغداد.") == []


def test_a_demonstration_upon_an_arrival_is_still_told() -> None:
    assert _subs("وتظاهر المئات في بغداد لدى وصول الوزير أمس.") == ["Peaceful protest"]


@pytest.mark.parametrize(
    "text",
    [
        "وقصفت قوات النظام مدينة إدلب خلال العام الماضي.",
        "واعتقلت قوات الأمن عشرات المحتجين في البصرة خلال الشهر الماضي.",
    ],
)
def test_a_year_or_a_month_gone_sums_up_a_period(text: str) -> None:
    assert _subs(text) == []


def test_an_act_ranked_against_the_year_is_told() -> None:
    text = "وقصفت قوات النظام مدينة إدلب اليوم في أعنف قصف خلال العام الجاري."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    "text",
    [
        "ولجأ آلاف المدنيين إلى مخيم في إدلب قريب من المعارك.",
        "ولجأ آلاف المدنيين إلى المنطقة القريبة من الاشتباكات في إدلب.",
    ],
)
def test_fighting_named_as_what_a_place_is_near_is_no_event(text: str) -> None:
    assert _subs(text) == []


def test_fighting_near_a_place_is_told() -> None:
    text = "واندلعت اشتباكات عنيفة قرب سراقب اليوم بين قوات النظام والفصائل."
    assert _subs(text) == ["Armed clash"]
