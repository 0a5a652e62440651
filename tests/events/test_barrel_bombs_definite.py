"""Barrel bombs are dropped from aircraft: a place struck "بالبراميل المتفجرة" (the definite
form, after "ب") is an air strike like "براميل متفجرة", with no aircraft named; a record of
years of barrel bombing is no event of the day, and artillery stays shelling."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-07-05") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_town_struck_with_the_barrel_bombs_is_an_air_strike() -> None:
    text = "قتل خمسة مدنيين جراء استهداف بلدة الحراك في ريف درعا بالبراميل المتفجرة مساء الأربعاء."
    assert _subs(text) == ["Air/drone strike"]


def test_years_of_barrel_bombs_are_no_event() -> None:
    text = "دمر النظام مدنا كاملة بالبراميل المتفجرة منذ عام 2012 بحسب ناشطين."
    assert _subs(text) == []


def test_artillery_on_the_town_stays_shelling() -> None:
    text = "قتل خمسة مدنيين جراء قصف مدفعي على بلدة الحراك في ريف درعا مساء الأربعاء."
    assert _subs(text) == ["Shelling/artillery/missile attack"]
