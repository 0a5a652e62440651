""" "أحد"/"إحدى" and its group as the subject right before a singular death verb ("إن أحد
عناصر الشرطة قتل في الهجوم") name one dead, not the unnumbered three; the active reading with
an object or a count after the verb keeps its own figure."""

from __future__ import annotations

import pytest

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-04-11")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "قال مصدر أمني إن أحد عناصر الشرطة قتل في هجوم على نقطة تفتيش في مدينة بعقوبة الخميس.",
        "أفادت مصادر طبية بأن إحدى الممرضات توفيت متأثرة بجراحها بعد قصف على مستشفى في إدلب.",
        "وقالت الشرطة إن أحد الحراس قد قتل خلال هجوم مسلحين على مصرف في مدينة كركوك أمس.",
        # the wounded after "و" are counted apart from the one dead
        "قال مسؤول إن أحد الجنود قتل وأصيب أربعة آخرون في انفجار عبوة ناسفة قرب مدينة تكريت.",
    ],
)
def test_one_of_a_group_is_one_dead(text: str) -> None:
    assert fatalities(text) == [1]


def test_a_count_after_the_verb_keeps_its_figure() -> None:
    # "أحد المسلحين" is the killer here; the dead are the two soldiers counted after a place
    text = "قال ضابط إن أحد المسلحين قتل في الاشتباك جنديين عند حاجز في مدينة الموصل الخميس."
    assert fatalities(text) == [2]


def test_unnumbered_plural_dead_keep_the_default() -> None:
    # "أحد" is told of the wounded; the dead after "و" are an unnumbered plural
    text = (
        "قال مصدر أمني إن أحد عناصر الشرطة أصيب وقتل مدنيون في هجوم على نقطة تفتيش"
        " في مدينة بعقوبة الخميس."
    )
    assert fatalities(text) == [3]
