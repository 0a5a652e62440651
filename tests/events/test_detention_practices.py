"""Detention told as a force's practices or as what reports are about is no arrest made on a
day; an arrest told as news stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_occupations_practices_listed_are_no_arrest_and_no_killing() -> None:
    text = "وقال المتحدث إن الاحتلال وممارساته من اعتقالات واستيطان وقتل هي سبب التوتر في الخليل."
    assert _subs(text) == []


def test_practices_that_included_detention_are_a_habit() -> None:
    text = "وحسب التقرير فإن الممارسات الإيرانية شملت المضايقات والاحتجاز التعسفي في طهران."
    assert _subs(text) == []


def test_reports_about_detention_name_a_topic() -> None:
    text = "وقال المقرر الخاص إنه تلقى تقارير حول الاعتقال والاحتجاز التعسفي بحق الصحفيين في إيران."
    assert _subs(text) == []


def test_an_arrest_told_as_news_stays() -> None:
    assert _subs("واعتقلت الشرطة الإيرانية الأحد عشرة صحفيين في طهران.") == ["Arrests"]
