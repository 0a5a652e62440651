"""One person named by a word for a girl, a boy, an old woman or a trade right after a death
word ("قتلت فتاة", "اغتيال سائق") is one dead, not the unnumbered default of three."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "قتلت فتاة وأصيب خمسة أشخاص الجمعة في تفجير انتحاري وسط كابل.",
        "قتل فتى برصاص قوات الاحتلال قرب الخليل الجمعة.",
        "قتلت سيدة بقذيفة هاون سقطت على حي باب توما في دمشق أمس.",
        "اغتال مسلحون مجهولون سائق سيارة أجرة في بغداد أمس.",
        "قتل مرافقه في كمين نصبه مسلحون لموكب المحافظ في عدن أمس.",
    ],
)
def test_one_person_named_after_the_death_word_is_one_dead(text: str) -> None:
    events = rasad.extract(text, published="2018-03-02")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 1


def test_a_count_before_the_same_word_still_counts() -> None:
    text = "قتلت ثلاث فتيات في قصف مدفعي على حي باب توما في دمشق أمس."
    events = rasad.extract(text, published="2018-03-02")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 3


@pytest.mark.parametrize(
    "text",
    [
        "قتل مدني وسائق سيارة إسعاف في غارة على بلدة سراقب أمس.",
        "قتل طفل ومسن في قصف مدفعي على بلدة سراقب أمس.",
        "قتل مسلحون مجهولون مسؤولا محليا وسائقه في هجوم على سيارته في عدن أمس.",
        "اغتال مسلحون مجهولون مدير الأمن ومرافقه في عدن أمس.",
    ],
)
def test_two_people_named_one_by_one_are_two_dead(text: str) -> None:
    events = rasad.extract(text, published="2018-03-02")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 2


def test_a_second_clause_after_the_one_dead_adds_no_one() -> None:
    text = "قتل جندي وأصيب ضابط في هجوم مسلح على حاجز للجيش في العريش أمس."
    events = rasad.extract(text, published="2018-03-02")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 1


def test_one_named_with_his_rank_and_unit_adds_to_the_count_joined_to_him() -> None:
    text = (
        "أفادت الشرطة بأن مهاجما قتل ضابطا رفيعا بالاستخبارات العسكرية وثلاثة حراس عندما فجر"
        " عبوة ناسفة عند منزله في سامراء."
    )
    events = rasad.extract(text, published="2013-02-16")["events"]
    assert events and events[0]["fatalities"] == 4


def test_a_count_with_its_own_verb_after_a_death_is_no_count_of_dead() -> None:
    text = (
        "قالت مصادر طبية إن رجلا توفي و20 شخصا على الأقل عانوا من الاختناق بعد قصف على بلدة"
        " حرستا."
    )
    events = rasad.extract(text, published="2018-02-26")["events"]
    assert events and events[0]["fatalities"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "قتل يمنيان بقصف مدفعي على حي سكني في مدينة تعز مساء أمس.",
        "قتل شابان بقصف مدفعي على حي سكني في مدينة تعز مساء أمس.",
        "قتل سائقان بقصف مدفعي على الطريق الساحلي قرب مدينة تعز أمس.",
    ],
)
def test_the_dual_of_a_word_for_one_person_is_two_dead(text: str) -> None:
    events = rasad.extract(text, published="2016-05-04")["events"]
    assert events and events[0]["fatalities"] == 2
