"""The convicted put to death ("أعدمت السلطات 12 مدانا", "أحكام الإعدام بحق المدانين، وتم
إعدام عشرة منهم") are a state's judicial executions, which ACLED does not code; an armed
group killing people it accuses ("بتهمة التجسس") still makes an attack."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2017-06-10")["events"]


def test_convicts_executed_by_the_authorities_make_no_event() -> None:
    text = "نفذت السلطات العراقية اليوم حكم الإعدام شنقا بحق 14 مدانا بالإرهاب في سجن الحوت."
    assert _events(text) == []


def test_convicts_executed_after_the_sentences_were_ordered_make_no_event() -> None:
    text = (
        "وصادق رئيس الجمهورية على أحكام الإعدام بحق المدانين، وتم إعدام تسعة منهم في سجن"
        " الحوت بمدينة الناصرية."
    )
    assert _events(text) == []


def test_the_state_hanging_convicts_makes_no_event() -> None:
    text = "أعدمت السلطات العراقية اليوم 11 مدانا بالإرهاب في سجن الحوت بمدينة الناصرية."
    assert _events(text) == []


def test_an_armed_group_executing_the_accused_is_still_an_attack() -> None:
    text = "وأعدم تنظيم داعش أمس ثمانية مدنيين بتهمة التجسس في مدينة الموصل."
    events = _events(text)
    assert [e["sub_event_type"] for e in events] == ["Attack"]
    assert events[0]["fatalities"] == 8
