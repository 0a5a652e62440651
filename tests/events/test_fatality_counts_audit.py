"""Death counts from an audit of fresh articles: one person told without a number, figures
that count something else than the dead, and deaths nobody confirms."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import rasad

# the whole pipeline: these sentences need its places and number words


def run(text: str) -> SimpleNamespace:
    events = rasad.extract(text, published="2018-05-01")["events"]
    return SimpleNamespace(events=[SimpleNamespace(**e) for e in events])


def only_event(text: str) -> SimpleNamespace:
    doc = run(text)
    assert len(doc.events) == 1, [(e.sub_event_type, e.fatalities) for e in doc.events]
    return doc.events[0]


def test_a_peaceful_protest_has_no_dead_of_its_own() -> None:
    doc = run(
        "تظاهر المئات أمام مبنى المحافظة في البصرة. "
        "وقال أحد منظمي التظاهرة إنهم يطالبون بحقوق ضحايا الإرهاب."
    )
    [e] = doc.events
    assert (e.sub_event_type, e.fatalities) == ("Peaceful protest", 0)


def test_deaths_at_a_protest_still_count_as_lethal_force() -> None:
    e = only_event("تظاهر المئات في البصرة وسقط ثلاثة قتلى.")
    assert (e.sub_event_type, e.fatalities) == ("Excessive force against protesters", 3)


def test_one_of_a_group_after_the_death_word_is_one_dead() -> None:
    e = only_event("هاجم مسلحون موكب القائد في دير الزور، كما قتل أحد مرافقيه.")
    assert e.fatalities == 1


def test_a_nationality_standing_for_a_person_is_one_dead() -> None:
    e = only_event("قتل فلسطيني برصاص القوات الإسرائيلية شرق غزة.")
    assert e.fatalities == 1


def test_a_singular_subject_before_qad_and_the_death_verb_is_one_dead() -> None:
    e = only_event("وأوضح مراسلنا أن الشاب قد قتل في شمالي قطاع غزة عقب غارات إسرائيلية.")
    assert e.fatalities == 1


def test_the_size_of_the_crowd_does_not_count_the_dead() -> None:
    e = only_event("خرج آلاف المتظاهرين في البصرة، وقتل متظاهر بالرصاص.")
    assert e.fatalities == 1


def test_people_killed_or_forced_to_flee_are_not_all_dead() -> None:
    doc = run("سيطرت القوات التركية على عفرين، حيث قمع آلاف المدنيين وقتلوا أو أرغموا على الفرار.")
    assert doc.events and all(e.fatalities < 1000 for e in doc.events)


def test_who_was_among_the_dead_is_not_the_toll() -> None:
    e = only_event(
        "قتل 44 شخصا في غارات على قرية زردانا. وذكر المرصد أن بين الضحايا 11 امرأة و6 أطفال."
    )
    assert e.fatalities == 44


def test_deaths_a_source_cannot_confirm_are_not_coded() -> None:
    e = only_event(
        "قال المرصد إن عدة صواريخ سقطت على مناطق قرب قصر الرئاسة في دمشق، "
        "لكنه قال إنه ليس بوسعه تأكيد سقوط قتلى."
    )
    assert e.fatalities == 0


def test_a_figure_given_despite_a_caveat_still_counts() -> None:
    e = only_event("قتل 5 أشخاص في قصف على حي المزة في دمشق، ولم يتسن لرويترز التحقق من التقارير.")
    assert e.fatalities == 5


def test_the_number_of_a_unit_counts_nobody() -> None:
    e = only_event(
        "أعلنت ميليشيات الحوثي مقتل قائد اللواء 405 مشاة العميد محسن الغريبي "
        "في مواجهات مع الجيش اليمني بمحافظة الجوف."
    )
    assert e.fatalities == 1


def test_one_would_be_bomber_killed_is_one_dead() -> None:
    e = only_event(
        "وأضاف المصدر أن القوات الأمنية تمكنت من قتل انتحاري قبل تفجير نفسه قرب الحسينية "
        "في المقدادية."
    )
    assert e.fatalities == 1


@pytest.mark.parametrize(
    "text",
    [
        "قصفت طائرات حربية سورية مواقع في جرود عرسال، "
        "دون أن تتوافر على الفور أية أنباء عن سقوط ضحايا.",
        "قصفت طائرات حربية سورية مواقع في جرود عرسال، ولم تذكر المصادر سقوط قتلى.",
    ],
)
def test_no_news_of_deaths_is_no_death(text: str) -> None:
    assert only_event(text).fatalities == 0


def test_dead_counted_across_several_provinces_are_a_total() -> None:
    text = "قتل 20 شخصا في غارات على مواقع في عدة محافظات يمنية."
    r = rasad.extract(text, published="2018-05-01")
    assert all(e["fatalities"] != 20 for e in r["events"])
    assert [c["value"] for c in r["claims"]] == [20]


def test_one_named_with_an_adjective_before_the_counted_dead_is_one_more() -> None:
    e = only_event("قتل قائد ميداني وعشرة عناصر في كمين قرب الرمادي اليوم.")
    assert e.fatalities == 11


def test_one_count_of_dead_and_wounded_together_is_no_count_of_the_dead() -> None:
    e = only_event("سقط 20 قتيلا وجريحا في انفجار سيارة مفخخة في بغداد اليوم.")
    assert e.fatalities not in (1, 20)
    counted = only_event("سقط 20 قتيلا و30 جريحا في انفجار سيارة مفخخة في بغداد اليوم.")
    assert counted.fatalities == 20

