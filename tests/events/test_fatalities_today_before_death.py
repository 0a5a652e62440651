""""اليوم" right before a death word ("أفادت مصادر اليوم بمقتل أربعة") is a date, not the
head of a name such as "يوم الشهيد": the death word keeps its count."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str) -> int:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_a_death_word_after_today_is_counted() -> None:
    text = (
        "وذكرت مصادر طبية اليوم مقتل ستة مدنيين جراء قصف مدفعي شنته قوات الحوثيين على"
        " حي سكني في مدينة تعز."
    )
    assert _fatalities(text, "2016-05-03") == 6


def test_a_death_word_after_this_morning_is_counted() -> None:
    text = (
        "وأفادت مصادر محلية صباح اليوم بمقتل ثمانية مدنيين في قصف مدفعي شنته قوات"
        " الحوثيين على حي سكني في مدينة تعز."
    )
    assert _fatalities(text, "2016-05-03") == 8


def test_a_named_day_of_martyrs_is_still_no_death() -> None:
    text = "وأحيا سكان مدينة تعز يوم الشهيد بعد قصف مدفعي شنته قوات الحوثيين على حي سكني."
    assert _fatalities(text, "2016-05-03") == 0


def test_a_secretary_general_killed_after_today_is_one_dead() -> None:
    text = (
        "وأعلنت مصادر أمنية اليوم مقتل أمين عام حزب معارض برصاص مسلحين مجهولين أمام منزله"
        " في مدينة صفاقس."
    )
    assert _fatalities(text, "2016-05-03") == 1
