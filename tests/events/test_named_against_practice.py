"""A practice named by a body or a treaty against it or for its victims ("لجنة مناهضة
التعذيب", "اتفاقية مناهضة التعذيب", "مركز ضحايا التعذيب") is a name, no act; torture done
to someone is still an act."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-05-13")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "قالت لجنة مناهضة التعذيب التابعة للأمم المتحدة في جنيف إنها ستراجع التقرير الأحد.",
        "وقال مدير مركز ضحايا التعذيب في عمان إن المركز يستقبل عشرات الحالات.",
        "ووقعت الحكومة في الرباط أمس على البروتوكول الاختياري لاتفاقية مناهضة التعذيب.",
    ],
)
def test_a_body_against_a_practice_is_no_act(text: str) -> None:
    assert _rows(text) == []


def test_torture_done_is_an_act() -> None:
    assert _rows("عذب المحققون السجين في سجن بغداد المركزي أمس حتى الموت.") == ["Attack"]
