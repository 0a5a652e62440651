"""One judge, lawyer, director or preacher killed is one dead; with "واثنين آخرين" three."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> int:
    events = rasad.extract(text, published="2024-05-06")["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_a_judge_and_two_others_assassinated_are_three_dead() -> None:
    text = "اغتال مسلحون مجهولون قاضي محكمة البلدة واثنين آخرين في مدينة درنة الليبية يوم الأحد."
    assert _fatalities(text) == 3


def test_one_judge_assassinated_is_one_dead() -> None:
    text = "اغتال مسلحون مجهولون قاضيا في مدينة درنة الليبية يوم الأحد."
    assert _fatalities(text) == 1


def test_one_preacher_killed_is_one_dead_not_the_unnumbered_three() -> None:
    text = "أعلنت الشرطة مقتل خطيب مسجد برصاص مسلحين مجهولين في مدينة الموصل يوم الأحد."
    assert _fatalities(text) == 1
