"""Trigger words that tell no event here: another sense of the word, a past year, an earlier
month, a threat, a judgement; and one event told at a country and at its town."""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import run


def _events(text: str, **kwargs):
    return [(e.sub_event_type, e.location) for e in run(text, **kwargs).events]


@pytest.mark.parametrize(
    "text",
    [
        # rules of engagement, disengagement, front lines: the fighting word is a complement
        "وقال المتحدث إن الجيش العراقي تعامل مع الطائرة وفق قواعد الاشتباك في بغداد.",
        "واتهم المبعوث قوات النظام بخرق اتفاقية فض الاشتباك قرب دوما.",
        "وأرسل الحوثيون مقاتلين جددا إلى جبهات القتال في تعز.",
        # facing a problem is no confrontation of armed men
        "وناقش الجيش العراقي في بغداد خطة مواجهة الفساد في المؤسسات.",
        # a crisis or protests "explode": a metaphor
        "وحذر الوزير من انفجار الأوضاع في البصرة بسبب انقطاع الكهرباء.",
        # a title or a square named after liberation; a police report drawn up
        "وقال رئيس التحرير إن الصحيفة ستصدر غدا من بغداد.",
        "وتجمع المئات في ساحة التحرير ببغداد للاحتفال بالعيد.",
        "وقامت الشرطة بتحرير محضر بالواقعة في البصرة.",
        # laying or clearing mines: no explosion
        "وواصلت الفرق الهندسية تطهير أحياء الموصل من العبوات الناسفة.",
        "واتهم الجيش العراقي داعش بزراعة ألغام في الطرق المؤدية إلى الموصل.",
    ],
)
def test_another_sense_of_the_trigger_word_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_the_same_words_used_for_fighting_still_make_events() -> None:
    assert _events("اندلعت اشتباكات عنيفة بين الجيش العراقي وداعش في الموصل.") == [
        ("Armed clash", "Mosul")
    ]
    assert _events("قتل 3 مدنيين في انفجار عبوة ناسفة في بغداد.") == [
        ("Remote explosive/landmine/IED", "Baghdad")
    ]


def test_a_past_year_beside_the_trigger_makes_it_background() -> None:
    text = "وكان تنظيم الدولة قد سيطر على الموصل في 2014، قبل أن تستعيدها القوات العراقية."
    assert _events(text, published=dt.date(2021, 3, 10)) == []


def test_the_current_year_does_not() -> None:
    text = "سيطر تنظيم الدولة على قرية قرب الموصل في هجوم مباغت مطلع 2021."
    assert [s for s, _ in _events(text, published=dt.date(2021, 3, 10))] == [
        "Non-state actor overtakes territory"
    ]


def test_an_event_dated_only_by_an_earlier_month_is_background() -> None:
    dates = {"في شباط الماضي": (dt.date(2021, 2, 1), dt.date(2021, 2, 28), 3, None)}
    text = "وفي شباط الماضي، قتل 12 شخصا بتفجير انتحاري استهدف سوقا في بغداد."
    assert _events(text, published=dt.date(2021, 3, 10), dates=dates) == []


def test_a_threat_told_with_a_participle_is_no_event() -> None:
    text = "وقال المتحدث إن الجيش العراقي سيواصل عملياته، مهددا باغتيال قادة داعش في الموصل."
    assert "Attack" not in [s for s, _ in _events(text)]


def test_an_evaluative_copula_tells_no_event() -> None:
    assert _events("وتعد الاحتجاجات في البصرة من أخطر الاختبارات أمام الحكومة.") == []


@pytest.mark.parametrize(
    "text",
    [
        # "اعتراض" as an objection, not an interception
        "وأبدت الولايات المتحدة اعتراضها على مشروع البيان في بغداد.",
        # a warrant is not an arrest
        "وأصدرت المحكمة مذكرة اعتقال بحق قائد داعش في الموصل.",
        # facing charges; reinforcements sent in order to confront
        "ومثل القائد أمام المحكمة في بغداد لمواجهة اتهامات بالفساد.",
        "وأرسل الجيش العراقي تعزيزات إلى الموصل لمواجهة أي هجوم محتمل.",
        # a threat by a plural subject
        "وهدد شيوخ العشائر في البصرة بتوسيع احتجاجاتهم إذا لم تستجب الحكومة.",
    ],
)
def test_objections_warrants_purposes_and_threats_are_no_events(text: str) -> None:
    assert [s for s, _ in _events(text) if s != "Change to group/activity"] == []


def test_an_interception_of_a_missile_is_still_disrupted_weapons_use() -> None:
    text = "اعترضت الدفاعات الجوية صاروخا باليستيا أطلقه الحوثيون على مأرب."
    assert "Disrupted weapons use" in [s for s, _ in _events(text)]


def test_clashes_with_the_article_after_li_are_still_clashes() -> None:
    text = "قتل 5 عناصر من الجيش العراقي نتيجة للمعارك مع داعش في الموصل."
    assert [s for s, _ in _events(text)] == ["Armed clash"]


def test_a_road_between_two_towns_is_one_scene() -> None:
    text = "قتل 3 مدنيين بانفجار عبوة ناسفة على الطريق الرابط بين الموصل وبغداد."
    assert len(run(text).events) == 1


def test_a_country_and_its_town_the_same_day_are_one_event() -> None:
    text = "وخرجت مظاهرات غاضبة في العراق ضد الحكومة. وتظاهر المئات في البصرة ضد الحكومة."
    assert _events(text) == [("Peaceful protest", "Basrah")]


@pytest.mark.parametrize(
    "text",
    [
        # since-clauses and decades: a past event or a situation
        "ولم تشهد الموصل انتخابات منذ أن سيطر داعش على المدينة.",
        "وتشهد بغداد منذ نهاية التسعينات أعمال عنف متفرقة.",
        # the aftermath of a past event: a case, a trial, its repercussions
        "واستجوب القاضي الوزير في قضية اغتيال المعارض في بغداد.",
        "وناقش البرلمان تداعيات اغتيال الناشط في البصرة.",
        # "a similar strike" points to other events
        "وكان الجيش العراقي قد أعلن عن غارة مماثلة قرب الموصل.",
    ],
)
def test_past_and_compared_events_are_background(text: str) -> None:
    assert _events(text) == []


def test_a_relative_clause_joins_an_event_already_told_and_adds_none() -> None:
    told = (
        "اعتقلت الشرطة ستة صحفيين في بغداد اليوم. "
        "وطالب نقيب الصحفيين بالإفراج عن الصحفيين الذين تم اعتقالهم."
    )
    assert [s for s, _ in _events(told)] == ["Arrests"]
    alone = "وطالب نقيب الصحفيين بالإفراج عن الصحفيين الذين تم اعتقالهم في بغداد."
    assert _events(alone) == []


def test_a_former_official_killed_is_still_an_event() -> None:
    text = "قتل قيادي سابق في الجيش العراقي برصاص مسلحين مجهولين في بغداد اليوم."
    assert [s for s, _ in _events(text)] == ["Attack"]


def test_where_a_statement_was_made_is_not_where_the_event_happened() -> None:
    text = "وقال المتحدث في مؤتمر صحفي في بغداد إن مسلحين من داعش هاجموا قرية قرب الموصل."
    assert [loc for _, loc in _events(text)] == ["Mosul"]


def test_the_place_after_the_complementizer_still_counts() -> None:
    text = "وقال المتحدث إن مسلحين من داعش هاجموا حاجزا للجيش العراقي في بغداد."
    assert [loc for _, loc in _events(text)] == ["Baghdad"]


def test_a_protest_that_turns_violent_is_one_riot() -> None:
    text = "واشتبك مئات المحتجين مع الشرطة في البصرة خلال مظاهرة ضد الحكومة اليوم."
    doc = run(text, extra_actors={"المحتجين": ("Protesters (Iraq)", 6)})
    assert [(e.event_type, e.location) for e in doc.events] == [("Riots", "Basrah")]
    assert not (doc.events[0].actor2 or "").startswith(("Protesters", "Rioters"))


def test_a_pledge_to_protest_is_no_protest() -> None:
    text = "وتعهد الناشطون في البصرة بتصعيد احتجاجاتهم خلال الأيام المقبلة."
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a past year nearer the trigger than the day the sentence was said
        "وذكرت الصحف السبت أنه أفرج عنه في 2001 بعد إضراب عن الطعام في سجون بغداد.",
        # had once done; since a decade; denouncing massacres (a statement about events)
        "وذكر مصدر رسمي أن المتهم سبق أن نفذ إضرابا عن الطعام في سجن بغداد.",
        "وهي تقف وراء أعمال عنف عديدة في بغداد منذ نهاية السبعينات.",
        "وتبنى التنظيم الهجوم في بيان، منددا بالمجازر التي ارتكبها الجيش العراقي في الموصل.",
    ],
)
def test_more_background_and_statements(text: str) -> None:
    assert _events(text, published=dt.date(2013, 2, 3)) == []


def test_a_relative_clause_with_its_own_day_is_news() -> None:
    dates = {"الخميس": (dt.date(2021, 3, 4), dt.date(2021, 3, 4), 1, None)}
    text = "وتدور معارك في الموصل مع القوات العراقية التي استعادت الخميس السيطرة على قرية قربها."
    subs = [s for s, _ in _events(text, dates=dates)]
    assert "Government regains territory" in subs


def test_a_possessive_verbal_noun_after_a_past_event_is_that_event() -> None:
    text = "وقتل القيادي في عام 2008 إثر تفجير سيارة في بغداد، واتهم الحزب داعش باغتياله."
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ومنذ اندلاع المعارك قتل 40 مدنيا في الموصل.",
        "وكانت القوات العراقية قد سيطرت منذ بدء العملية على 87 قرية قرب الموصل.",
    ],
)
def test_tallies_since_the_outbreak_are_no_events(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وغاب اللاعب عن المواجهة التي جرت على ملعب بغداد الدولي أمس.",
        "واستدعت الخارجية العراقية السفير التركي في بغداد لإبلاغه احتجاجها الرسمي على القصف.",
        "وتقدمت السفارة العراقية باحتجاج رسمي لدى حكومة بغداد ضد المسلسل.",
    ],
)
def test_a_match_and_a_formal_protest_are_no_events(text: str) -> None:
    assert [s for s, _ in _events(text) if s not in ("Shelling/artillery/missile attack",)] == []


def test_a_protest_in_front_of_an_embassy_is_still_a_protest() -> None:
    text = "وتظاهر المئات أمام السفارة التركية في بغداد احتجاجا على القصف."
    assert "Peaceful protest" in [s for s, _ in _events(text)]


def test_an_official_word_elsewhere_does_not_cancel_a_demonstration() -> None:
    text = "وتجمع المئات بعد افتتاح السفارة رسميا خلال مظاهرات في بغداد."
    assert [s for s, _ in _events(text)] == ["Peaceful protest"]
