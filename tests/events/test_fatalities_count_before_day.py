"""A count followed by "يوم <weekday>" is the dead: the day word opens the date of the act, it
is not the unit of a duration ("28 يوما") that the count would measure."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str) -> int:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_a_dual_before_a_weekday_counts_two_dead() -> None:
    text = "قتل مسلحون مجهولون جنديين يوم الخميس في هجوم على نقطة تفتيش قرب مدينة الحلة."
    assert _fatalities(text, "2016-02-13") == 2


def test_a_dual_before_a_weekday_in_reported_speech() -> None:
    text = "وقالت الشرطة الجمعة إن مسلحين قتلوا حارسين يوم الأربعاء قرب مدينة كركوك."
    assert _fatalities(text, "2016-02-13") == 2


def test_a_spelled_count_before_a_weekday_is_the_dead() -> None:
    text = "وقتل مسلحون أربعة يوم الاثنين في هجوم على سوق قرب مدينة الرمادي."
    assert _fatalities(text, "2016-02-13") == 4


def test_a_duration_after_a_count_is_still_no_dead() -> None:
    text = "وقتل مسلحون شرطيا في الرمادي بعد حصار دام 28 يوما لمركز الشرطة."
    assert _fatalities(text, "2016-02-13") == 1
