"""One person told a few words apart from a singular death verb is one dead: a day or time of
day between the verb and the person ("توفي صباح الأحد شاب فلسطيني"), an age between the person
and the verb ("فتى في السادسة عشرة من عمره توفي", "رجلا (40 عاما) قتل"). Two people joined by
"و" and a dual verb are not one."""

from __future__ import annotations

import pytest

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-04-11")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "توفي مساء الاثنين شاب فلسطيني متأثرا بجروح أصيب بها في مواجهات مع الجيش الإسرائيلي"
        " قرب نابلس.",
        "قالت مصادر طبية إن فتى في السادسة عشرة من عمره توفي متأثرا بإصابته برصاص الجيش"
        " الإسرائيلي خلال مواجهات قرب مدينة الخليل.",
        "قالت الشرطة إن رجلا (40 عاما) قتل برصاص مسلحين مجهولين في مدينة البصرة الاثنين.",
        "قالت الشرطة إن شابا يبلغ من العمر 19 عاما قتل برصاص مسلحين في مدينة البصرة الاثنين.",
    ],
)
def test_one_person_apart_from_the_verb_is_one_dead(text: str) -> None:
    assert fatalities(text) == [1]


def test_two_people_after_the_time_are_not_one() -> None:
    text = "قتل مساء الاثنين شاب وامرأة في قصف على حي سكني في مدينة الموصل."
    assert fatalities(text) != [1]


def test_a_dual_verb_after_an_age_is_not_one() -> None:
    text = "قالت الشرطة إن رجلا وامرأة (40 عاما) قتلا برصاص مسلحين في مدينة البصرة الاثنين."
    assert fatalities(text) != [1]


def test_a_count_after_the_time_keeps_its_figure() -> None:
    text = "قتل مساء الاثنين أربعة أشخاص في قصف على حي سكني في مدينة الموصل."
    assert fatalities(text) == [4]
