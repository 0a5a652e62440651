"""Death counts from a second audit of fresh articles: figures joined by "و" into one count of
dead, a breakdown after a dash or in brackets, the wounded in the accusative."""

from __future__ import annotations

import pytest

import rasad

# the whole pipeline: these sentences need its places and number words


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-05-01")["events"]]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the second figure stands too far from the verb to count by itself
        ("قال مسؤولون إن مسلحين قتلوا ما لا يقل عن ستة أطفال وثلاثة بالغين في قرية قرب الموصل.", 9),
        # the first figure stands too far before the verb; the second counts no known noun
        ("أعلن الجيش العراقي أن 13 جنديا عراقيا و65 متمردا إسلاميا قتلوا في معارك قرب الموصل.", 78),
    ],
)
def test_figures_joined_by_wa_are_one_count_of_dead(text: str, dead: int) -> None:
    assert fatalities(text) == [dead]


def test_figures_joined_to_a_breakdown_are_part_of_it() -> None:
    assert fatalities("قتل 23 شخصا بينهم 3 أطفال و2 نساء في قصف على الموصل.") == [23]


def test_things_joined_to_things_count_no_dead() -> None:
    # neither figure counts people: the houses and cars are no more dead
    assert fatalities("قتل 5 أشخاص في قصف على الموصل دمر 10 منازل و3 سيارات.") == [5]


@pytest.mark.parametrize(
    "text",
    [
        "فجر انتحاري سيارة مفخخة عند حاجز للجيش في الموصل ما أسفر عن مقتل أربعة أشخاص على الأقل"
        " - جنديين واثنين من المدنيين.",
        "قتل أربعة أشخاص (جنديان ومدنيان) في قصف على الموصل.",
    ],
)
def test_a_breakdown_after_a_dash_or_in_brackets_adds_no_dead(text: str) -> None:
    assert fatalities(text) == [4]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("قتل أربعة من عناصر الشرطة وضابط في هجوم مسلح في الموصل.", 5),
        ("قتل 4 مدنيين وطفل في قصف على دوما.", 5),
        # one told as wounded, or wounded by another verb, is no more dead
        ("قتل أربعة من عناصر الشرطة وضابط جريح في هجوم مسلح في الموصل.", 4),
        ("قتل 4 مدنيين وأصيب طفل في قصف على دوما.", 4),
    ],
)
def test_one_person_joined_after_the_counted_dead_is_one_more(text: str, dead: int) -> None:
    assert fatalities(text) == [dead]


def test_the_accusative_of_the_wounded_after_the_dead_counts_no_dead() -> None:
    assert fatalities("انفجرت سيارة مفخخة في الموصل مما أدى إلى مقتل 15 شخصا و40 مصابا.") == [15]



def test_who_the_killers_are_suspected_to_be_makes_no_background() -> None:
    text = (
        "ذكر شهود اليوم أن مسلحين يشتبه بأنهم من جماعة «أنصار الدين» قتلوا خمسة رعاة حرقا"
        " في هجوم على قرية شمالي مالي."
    )
    assert fatalities(text) == [5]


def test_one_part_of_a_sum_told_again_is_no_rival_lower_figure() -> None:
    text = "قتل 5 جنود و3 مدنيين في قصف على الموصل، وأكد مصدر طبي مقتل 3 مدنيين."
    assert fatalities(text) == [8]


def test_a_lower_figure_of_the_same_dead_is_still_the_conservative_one() -> None:
    text = "قتل 8 أشخاص في قصف على الموصل. وقال مصدر طبي إن 3 أشخاص قتلوا في القصف."
    assert fatalities(text) == [3]


def test_a_countrywide_total_told_again_is_still_no_events_toll() -> None:
    text = (
        "قالت لجان التنسيق إن 120 شخصا قتلوا أمس في مختلف أنحاء سوريا. وقصفت قوات النظام مدينة"
        " دوما بالطيران الحربي، ووثقت اللجان 120 قتيلا بينهم 15 طفلا."
    )
    assert fatalities(text) == [0]


def test_an_events_toll_told_inside_a_total_is_no_retold_total() -> None:
    text = (
        "قالت لجان التنسيق إن 120 شخصا قتلوا أمس في مختلف أنحاء سوريا، وإن تفجيرا في دمشق أوقع"
        " 40 قتيلا. وأكدت وكالة الأنباء الرسمية أن التفجير في دمشق قتل 40 شخصا."
    )
    assert 40 in fatalities(text)


def test_a_countrywide_toll_shared_out_by_province_is_a_total() -> None:
    text = (
        "قصفت قوات النظام مدينة دوما بالطيران الحربي. ووثقت اللجان 90 قتيلا في سوريا أمس، بينهم"
        " سبعة أطفال، وتوزع القتلى بواقع 30 في دمشق وريفها و20 في حلب و15 في إدلب."
    )
    assert fatalities(text) == [0]


@pytest.mark.parametrize(
    "text",
    [
        "قتل الشاب باسم كمال (25 عاما) برصاص قناص في الموصل.",
        "قتل الشاب باسم كمال، 25 عامًا، برصاص قناص في الموصل.",
    ],
)
def test_an_age_in_years_counts_nobody_and_the_young_man_is_one_dead(text: str) -> None:
    assert fatalities(text) == [1]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("قتل مسلحون 3 أشخاص واعتقلوا 5 آخرين في الموصل.", 3),
        ("قتل مسلحون حارسا واختطفوا 4 عمال في هجوم على مصرف في الموصل.", 1),
    ],
)
def test_people_taken_by_another_act_after_the_killing_are_not_dead(text: str, dead: int) -> None:
    assert fatalities(text) == [dead]


def test_one_guard_or_prisoner_is_one_dead() -> None:
    assert fatalities("قال الوزير إن اغتيال الأسير أحمد خالد في سجن قرب الموصل جريمة.") == [1]


def test_one_victim_set_off_from_the_gunmen_by_a_comma_is_one_dead() -> None:
    assert fatalities("وقتل مسلحون، حارس أمن وخطفوا سبعة عمال أجانب في الموصل.") == [1]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "أعلنت مصادر مقتل أمير جبهة النصرة في ريف إدلب إضافة إلى ثمانية من عناصر القوات"
            " النظامية في اشتباكات أمس.",
            9,
        ),
        (
            "قتل قائد ميداني من الحوثيين في مديرية نهم إضافة إلى خمسة من مرافقيه في غارة"
            " للتحالف أمس.",
            6,
        ),
    ],
)
def test_a_count_added_by_idafatan_ila_to_one_named_dead_adds_him(text: str, dead: int) -> None:
    assert fatalities(text) == [dead]


def test_the_wounded_added_by_idafatan_ila_are_no_more_dead() -> None:
    assert fatalities("أسفر القصف عن مقتل مدني في بلدة كفرنبل، إضافة إلى إصابة ثلاثة آخرين.") == [1]
