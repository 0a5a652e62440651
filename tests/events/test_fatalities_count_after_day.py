"""A spelled-out count after a day word ("اليوم", "الجمعة", "أمس") is the verb's object, the
dead: the day word is a date, not the length of a period ("خلال الأيام الثلاثة")."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str) -> int:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_a_count_after_today_is_the_dead() -> None:
    text = "وقتل مسلحون اليوم سبعة من عناصر الشرطة قرب مدينة الرمادي."
    assert _fatalities(text, "2016-02-11") == 7


def test_an_execution_count_after_a_weekday_is_the_dead() -> None:
    text = "وأعدم مسلحو داعش الجمعة أربعة مدنيين في ريف دير الزور الشرقي."
    assert _fatalities(text, "2016-02-13") == 4


def test_a_count_after_this_evening_is_the_dead() -> None:
    text = "وأعدم مسلحو داعش مساء اليوم خمسة رهائن في ريف دير الزور الشرقي."
    assert _fatalities(text, "2016-02-13") == 5


def test_a_count_after_yesterday_is_the_dead() -> None:
    text = "وأعدم مسلحو داعش أمس ستة مدنيين في ريف دير الزور الشرقي."
    assert _fatalities(text, "2016-02-13") == 6


def test_the_length_of_a_period_is_still_no_count() -> None:
    text = "وقتل مسلحون شرطيا في الرمادي خلال الأيام الثلاثة الماضية."
    assert _fatalities(text, "2016-02-13") == 1
