"""Acts told as other ones ("غارة أخرى") that the merge still finds one ACLED event (one day,
place, sides and type) add their dead; two accounts of the same act keep the lowest figure."""

from __future__ import annotations

import rasad

_FIRST = "قتل أربعة مدنيين في غارة جوية على بلدة كفرنبل في ريف إدلب يوم الأحد"


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2016-03-08")["events"]]


def test_another_strike_on_the_same_town_adds_its_dead() -> None:
    assert _fatalities(_FIRST + "، كما قتل مدنيان في غارة أخرى على البلدة.") == [6]


def test_another_strike_told_at_the_same_place_in_the_next_sentence_adds_its_dead() -> None:
    assert _fatalities(_FIRST + ". وفي غارة أخرى على البلدة نفسها قتل ثلاثة مدنيين.") == [7]


def test_the_same_strike_told_twice_keeps_the_lowest_figure() -> None:
    text = _FIRST + ". وأفاد ناشطون بمقتل ثلاثة مدنيين في الغارة على كفرنبل."
    assert _fatalities(text) == [3]


def test_other_acts_counted_over_earlier_times_add_no_dead() -> None:
    text = (
        "أعدمت قوات النظام اليوم 30 شخصا في مدينة حماة. "
        "وقال ناشط إن هذه المجزرة رقم 40 في المدينة حيث وقعت 39 مجزرة أخرى في أوقات سابقة."
    )
    assert _fatalities(text) == [30]
