"""Acts said to have happened "at different times" ("تم اختطافهم في أوقات مختلفة") are many
acts over time, no one act of a day; with a day of their own they are told."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2013-03-13")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "وكان المهندسون الأتراك قد اختطفوا في أوقات مختلفة قرب بلدة جرابلس.",
        "ويشار إلى أن الجنود الأسرى تم اختطافهم في أوقات متفرقة من مدينة الموصل.",
    ],
)
def test_acts_at_different_times_are_no_event(text: str) -> None:
    assert _rows(text) == []


def test_acts_of_a_day_at_different_hours_are_told() -> None:
    rows = _rows("اختطف مسلحون ثلاثة مهندسين أتراك في بلدة جرابلس أمس في أوقات مختلفة من النهار.")
    assert rows == ["Abduction/forced disappearance"]
