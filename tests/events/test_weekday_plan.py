"""A protest told after a leading weekday with a present verb of staging (or no verb at all) is
planned for the coming day, not one held on the weekday before."""

from __future__ import annotations

import rasad

MONDAY = "2019-03-04"


def _protests(text: str) -> list[dict]:
    events = rasad.extract(text, published=MONDAY)["events"]
    return [e for e in events if e["event_type"] == "Protests"]


def test_weekday_then_staging_verb_is_a_plan() -> None:
    text = "وأما الخميس فتنظم النقابات وقفة احتجاجية أمام البرلمان في بيروت."
    assert _protests(text) == []


def test_weekday_then_bare_strike_noun_is_a_plan() -> None:
    text = "والجمعة إضراب آخر في مدينة صفاقس."
    assert _protests(text) == []


def test_present_tense_without_leading_weekday_is_ongoing() -> None:
    text = "تشهد مدينة صفاقس مظاهرات يومية منذ أسبوعين احتجاجا على البطالة."
    assert _protests(text) != []


def test_past_verb_after_weekday_is_an_event() -> None:
    text = "والجمعة شهدت مدينة صفاقس مظاهرات ضد البطالة."
    assert _protests(text) != []


def test_weekday_then_plain_protest_noun_is_a_report() -> None:
    # no verb and no "new/another": a headline's day just gone, not a plan
    text = "الخميس مظاهرات حاشدة في مدينة صفاقس ضد البطالة"
    assert _protests(text) != []
