"""An act told as "بعد أسبوع من هجوم الأحد": the weekday named is as many weeks back as it
takes for the act, which has happened, not to fall after publication."""

from __future__ import annotations

import rasad


def dated(text: str, published: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["event_type"], e["event_date"]) for e in events]


def test_a_week_after_last_sunday_is_the_sunday_before_publication() -> None:
    # published on Thursday 2024-03-14: the attack was on Sunday 3 March, the rally a week on
    text = "تظاهر المئات في مدينة الناصرية بعد أسبوع من هجوم الأحد الماضي على مقر الحزب."
    assert dated(text, "2024-03-14") == [("Protests", "2024-03-10")]


def test_three_days_after_friday_told_on_saturday_reaches_back_a_week() -> None:
    # published on Saturday 2024-03-16: Friday 15 + 3 would be tomorrow, so the Friday is the 8th
    text = "أغلق محتجون الطريق الرئيسي في مدينة الكوت بعد ثلاثة أيام من حادثة الجمعة في السوق."
    assert dated(text, "2024-03-16") == [("Protests", "2024-03-11")]


def test_a_span_that_stays_before_publication_is_unchanged() -> None:
    text = "تظاهر المئات في مدينة الناصرية بعد يوم من هجوم الأحد على مقر الحزب."
    assert dated(text, "2024-03-14") == [("Protests", "2024-03-11")]
