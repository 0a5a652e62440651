"""An abduction that ends in a killing is coded as the killing (ACLED: an attack); live fire
aimed at people is a shooting even when the shooters stand between the verb and the fire."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published="2018-05-10")["events"]
    return [(e["event_type"], e["sub_event_type"]) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "اختطف مسلحون مجهولون طبيبا في مدينة بنغازي وقتلوه ثم ألقوا جثته قرب المستشفى.",
        "عثر على جثة صحفي مخطوف في مدينة الموصل بعد أيام من اختطافه.",
    ],
)
def test_abducted_and_killed_is_an_attack(text: str) -> None:
    assert _rows(text) == [("Violence against civilians", "Attack")]


def test_an_abduction_alone_stays_an_abduction() -> None:
    rows = _rows("اختطف مسلحون مجهولون طبيبا في مدينة بنغازي وطالبوا بفدية للإفراج عنه.")
    assert rows == [("Violence against civilians", "Abduction/forced disappearance")]


def test_live_fire_on_protesters_with_the_shooters_between() -> None:
    text = (
        "أطلقت قوات الأمن الرصاص الحي على المحتجين في مدينة البصرة ما أدى إلى مقتل متظاهر."
    )
    assert _rows(text) == [("Protests", "Excessive force against protesters")]


def test_live_ammunition_in_a_drill_is_no_shooting() -> None:
    assert _rows("نفذت القطع البحرية تدريبا للرماية بالذخيرة الحية في البحر الأحمر.") == []
