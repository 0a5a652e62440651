"""The dead of two acts of one event told apart ("في التفجير الأول … في التفجير الثاني") add
up; a figure told in another sentence for the whole event is a rival report of that sum, never
one more part added to the second act's dead."""

from __future__ import annotations

import rasad

_PARTS = (
    "وقتل 20 شخصا في الانفجار الأول، بينما قتل خمسة آخرون في الانفجار الثاني، بحسب مصدر في الشرطة."
)
_SCENE = "انفجرت سيارتان مفخختان قرب سوق شعبي في مدينة كركوك صباح الأحد. "


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2017-04-03")["events"]]


def test_the_two_parts_add_up() -> None:
    assert _fatalities(_SCENE + _PARTS) == [25]


def test_a_lower_report_of_the_whole_is_a_rival_of_the_sum_not_a_part() -> None:
    text = (
        _SCENE
        + _PARTS
        + " وكان مسؤول محلي قد قال إن الانفجارين قتلا ستة أشخاص على الأقل في مدينة كركوك."
    )
    # 6 (the whole, told lower) stands against 25, never 6 + 5
    assert _fatalities(text) == [6]


def test_a_higher_report_of_the_whole_leaves_the_sum() -> None:
    text = _SCENE + _PARTS + " وقال مسؤول محلي إن الانفجارين قتلا 40 شخصا في مدينة كركوك."
    assert _fatalities(text) == [25]


def test_a_first_act_told_in_a_sentence_of_its_own_still_adds_up() -> None:
    # no part told beside the other act: the earlier figure is the first act's, not the whole's
    text = (
        "قتل ثلاثة مدنيين في غارة جوية على بلدة سراقب في ريف إدلب يوم الإثنين. "
        "وفي غارة أخرى على البلدة نفسها قتل مدنيان."
    )
    assert _fatalities(text) == [5]
