"""Soldiers or policemen named right after the doer of the verb that killed them ("قتل
مسلحون مجهولون جنديين") are the event country's own forces: the side hit, not left out."""

from __future__ import annotations

import rasad


def _sides(text: str, published: str = "2018-03-11") -> set[str | None]:
    events = rasad.extract(text, published=published)["events"]
    assert events, f"no event read in {text!r}"
    return {events[0]["actor1"], events[0]["actor2"]}


def test_soldiers_after_the_gunmen_are_the_army_hit() -> None:
    text = "قتل مسلحون مجهولون جنديين في هجوم على نقطة تفتيش قرب بعقوبة مساء الجمعة."
    sides = _sides(text)
    assert "Military Forces of Iraq (2014-2018)" in sides
    assert "Unidentified Armed Group (Iraq)" in sides


def test_policemen_after_the_gunmen_are_the_police_hit() -> None:
    text = "قتل مسلحون ملثمون ثلاثة شرطيين في هجوم على دورية في مدينة العريش يوم السبت."
    assert "Police Forces of Egypt" in _sides(text)


def test_civilians_after_the_gunmen_stay_civilians() -> None:
    text = "قتل مسلحون مجهولون ثلاثة مدنيين في هجوم على حافلة قرب مدينة العريش يوم السبت."
    assert _sides(text) == {"Unidentified Armed Group (Egypt)", "Civilians (Egypt)"}


def test_soldiers_after_men_of_a_named_group_are_the_army_hit() -> None:
    # the subject is "some men of" a group: the soldiers follow the group's name
    text = "قتل عناصر من حركة الشباب أربعة جنود في هجوم على معسكر قرب مدينة بيدوا يوم الخميس."
    assert _sides(text, "2019-04-04") == {"Al Shabaab", "Military Forces of Somalia"}


def test_soldiers_after_the_gunmen_and_a_day_word_are_the_army_hit() -> None:
    # a day or time of day between the doer and the men hit
    text = "قتل مسلحون مجهولون مساء الأحد أربعة جنود في هجوم على نقطة تفتيش قرب مدينة الرمادي."
    sides = _sides(text)
    assert sides == {"Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-2018)"}
