"""Duals of person nouns the number layer did not read: the construct dual with its final ن
dropped before a definite genitive ("عنصرا الأمن" = two) and the nominative dual of a
nationality or trade ("موريتانيان", "طياران" = two). The same "-ا" spelling is also the
indefinite accusative singular ("جنديا إسرائيليا" = one), kept apart by what follows."""

from __future__ import annotations

import pytest

import rasad
from rasad.arabic.numbers import Quantity, find_numbers


def _deaths(text: str) -> list[int | None]:
    return [e["fatalities"] for e in rasad.extract(text, published="2019-05-06")["events"]]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("قتل عنصرا الأمن في الهجوم", "عنصرا"),
        ("أصيب جنديا الحراسة بجروح", "جنديا"),
        ("نجا حارسا المبنى من الانفجار", "حارسا"),
        ("قتل طيارا الطائرة المنكوبة", "طيارا"),
    ],
)
def test_construct_dual_before_a_definite_noun_is_two(text: str, surface: str) -> None:
    found = [(text[s.start:s.end], s.value) for s in find_numbers(text)]
    assert found == [(surface, Quantity(2, kind="dual"))]


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون جنديا إسرائيليا قرب نابلس",  # accusative singular and its adjective
        "قتلت القوات عنصرا في التنظيم",  # a preposition follows
        "قتل المسلحون جنديا اليوم",  # a time adverb, not a genitive
        "قتل المسلحون شرطيا الأحد الماضي",
        "قضى عاما الماضي في السجن",  # not a person noun: no construct reading
    ],
)
def test_accusative_singular_is_no_number(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "قتل عنصرا الأمن في هجوم شنه مسلحون مجهولون على حاجز قرب مدينة درعا أمس.",
        "قتل جنديا الحراسة عندما هاجم مسلحون نقطة تفتيش في العريش بشمال سيناء أمس.",
    ],
)
def test_construct_dual_counts_two_dead(text: str) -> None:
    assert _deaths(text) == [2]


@pytest.mark.parametrize(
    "text",
    [
        "قتل موريتانيان واعتبر آخران في عداد المفقودين بعد هجوم مسلح في شمال مالي أمس.",
        "قتل تونسيان في هجوم شنه مسلحون على دورية قرب القصرين أمس.",
    ],
)
def test_nationality_dual_counts_two_dead(text: str) -> None:
    assert _deaths(text) == [2]


@pytest.mark.parametrize(
    "text",
    [
        "ارتفع عدد المعارضين من 70 نائبا إلى 90 نائبا",  # a counted singular, then إلى
        "زاد عدد المقاتلين من ثمانية عشر مقاتلا الأسبوع الماضي",  # after a number word
        "كرمت الشرطة مصورا التقط صورة للحادث",  # a verb that starts with ال
    ],
)
def test_counted_singulars_and_lookalike_articles_are_no_duals(text: str) -> None:
    assert [s.value for s in find_numbers(text) if s.value.kind == "dual"] == []
