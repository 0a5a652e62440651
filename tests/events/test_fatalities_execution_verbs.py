"""The feminine and plural verbs of executing ("أعدمت", "أعدموا", "ذبحت") are death words like
"أعدم": the people counted after them are the dead."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> int:
    events = rasad.extract(text, published="2016-09-20")["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_a_dual_executed_by_a_group_counts_two() -> None:
    assert _fatalities("أعدمت حركة الشباب رجلين بتهمة التجسس في بلدة بارديري.") == 2


def test_a_count_executed_by_plural_gunmen_is_the_dead() -> None:
    text = "وأعدموا تسعة من أبناء العشائر بتهمة التعاون مع القوات الأمنية في قضاء الحويجة."
    assert _fatalities(text) == 9


def test_a_count_slaughtered_is_the_dead() -> None:
    assert _fatalities("ذبحت عناصر داعش أربعة رعاة أغنام في صحراء الأنبار.") == 4
