"""Protests held on a daily basis are a habit, and a strike a union weighs is an option: neither
is a protest on a day. A protest told with its day stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_small_protests_on_an_almost_daily_basis_are_a_habit() -> None:
    text = (
        "وتم سحق الاضطرابات الشاملة ولكن استمر المتظاهرون الشيعة في البحرين في احتجاجات صغيرة"
        " على أساس يومي تقريبا تطالب بالإصلاح."
    )
    assert _subs(text) == []


def test_a_strike_a_committee_weighs_the_chances_of_is_no_strike() -> None:
    text = (
        "أكدت لجنة حكام كرة القدم الأرجنتينية أنها تدرس احتمالات البدء في تنظيم إضراب شامل"
        " احتجاجا على التحقيق مع زملائهم."
    )
    assert _subs(text) == []


def test_a_protest_on_a_day_stays() -> None:
    assert _subs("وتظاهر المئات في البصرة الأحد للمطالبة بتحسين الخدمات.") == ["Peaceful protest"]
