"""A protest noun after "بعد موجة / بعد أسابيع من" is a series of protests given as the cause of
what is reported, no protest of the day; a wave staged today is still one."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_government_sacked_after_a_wave_of_protests_tells_no_protest() -> None:
    text = "قرر الرئيس التونسي اليوم إقالة الحكومة بعد موجة احتجاجات في العاصمة تونس."
    assert _subs(text) == []


def test_a_new_wave_staged_today_is_a_protest() -> None:
    text = "خرج آلاف المتظاهرين اليوم في العاصمة تونس في موجة احتجاجات جديدة ضد الحكومة."
    assert _subs(text) == ["Peaceful protest"]
