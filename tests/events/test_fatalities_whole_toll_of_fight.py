"""A fight's dead counted as people of no side ("24 شخصا قتلوا في قتال") are the whole toll of
every side; one side's figure told beside it ("قتلت قواته سبعة حوثيين") is part of it, neither
more dead nor a lower rival report. Two such counts stay rival reports (the lower stands)."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> int:
    events = rasad.extract(text, published="2024-05-06")["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_one_sides_dead_told_in_the_next_sentence_are_part_of_the_whole() -> None:
    text = (
        "قال مسؤول إن 24 شخصا على الاقل قتلوا في قتال بين القوات الحكومية والحوثيين في "
        "محافظة الجوف يوم الأحد. وقال المسؤول إن قواته قتلت سبعة مقاتلين من الحوثيين."
    )
    assert _fatalities(text) == 24


def test_one_sides_dead_in_the_same_sentence_are_part_of_the_whole() -> None:
    text = (
        "قتل 30 شخصا في اشتباكات بين الجيش وتنظيم داعش في مدينة الرمادي يوم الأحد، وقال "
        "المتحدث باسم الجيش إن قواته قتلت 12 من عناصر تنظيم داعش."
    )
    assert _fatalities(text) == 30


def test_two_counts_of_people_stay_rival_reports() -> None:
    text = (
        "قال مسؤول إن 24 شخصا على الاقل قتلوا في قتال بين القوات الحكومية والحوثيين في "
        "محافظة الجوف يوم الأحد. وقال الحوثيون إن 10 أشخاص قتلوا في القتال."
    )
    assert _fatalities(text) == 10
