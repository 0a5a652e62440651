"""A death sentence carried out by the authorities ("نفذت حكم القتل قصاصا", "أعدم تعزيرا") is a
judicial execution, which ACLED does not code as political violence."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-07-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_sentence_of_killing_carried_out_is_no_attack() -> None:
    text = (
        "وأعلنت وزارة الداخلية اليوم تنفيذ حكم القتل قصاصا بحق مواطن أدين بقتل آخر في مدينة"
        " الدمام."
    )
    assert _subs(text) == []


def test_a_killing_as_retribution_is_no_attack() -> None:
    text = "وأعلنت السلطات اليوم الثلاثاء أن الجاني قتل قصاصا في ساحة عامة بمدينة جدة."
    assert _subs(text) == []


def test_gunmen_killing_policemen_stays_an_event() -> None:
    text = "وقتل مسلحون اليوم الثلاثاء شرطيا في هجوم على دورية أمنية في مدينة جدة."
    assert _subs(text) != []
