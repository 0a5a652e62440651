"""People named one by one and joined by "و" before a count of dead are that many dead more
("مقتل قائد عسكري وجندي وثلاثة مدنيين" is five)."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2019-03-01")["events"]]


def test_two_named_and_a_count_add_up() -> None:
    text = "أعلن الجيش مقتل ضابط كبير وجندي وأربعة مدنيين في قصف مدفعي على بلدة في ريف حماة أمس."
    assert _fatalities(text) == [6]


def test_one_of_a_group_named_first_counts_too() -> None:
    text = "قتل أحد عناصر الشرطة وطفل و3 نساء في هجوم على حاجز قرب مدينة العريش أمس."
    assert _fatalities(text) == [5]


def test_one_named_and_a_count_stay_as_before() -> None:
    # near miss: a single one named is read as before (1 + 4)
    text = "أعلن الجيش مقتل ضابط كبير وأربعة مدنيين في قصف مدفعي على بلدة في ريف حماة أمس."
    assert _fatalities(text) == [5]


def test_a_wounded_one_between_is_no_list_of_dead() -> None:
    # near miss: "وإصابة ضابط" tells another fate: the list is not read
    text = "أسفر الهجوم على الحاجز قرب العريش أمس عن مقتل جندي وإصابة ضابط و3 مدنيين."
    assert _fatalities(text) != [5]
