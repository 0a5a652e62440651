"""A toll in a relative clause that names an earlier year ("هجمات مومباي التي أودت بحياة 166
شخصا عام 2008") recalls a past event: its dead are not added to the event of the day."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str = "2016-03-08") -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published=published)["events"]]


def test_a_past_toll_in_a_relative_clause_adds_nothing() -> None:
    text = (
        "وقتل مسلحون خمسة أشخاص في هجوم على فندق في مدينة بيشاور الاثنين، في هجوم يذكر "
        "بهجمات مومباي التي أودت بحياة 166 شخصا عام 2008."
    )
    assert 166 not in _fatalities(text)


def test_a_past_toll_after_the_year_in_a_relative_clause_adds_nothing() -> None:
    text = (
        "وطعن مهاجم حارسا حتى الموت في مدينة نيس الأحد، في هجوم يعيد إلى الأذهان "
        "هجمات باريس التي راح ضحيتها عام 2015 نحو 130 شخصا."
    )
    assert 130 not in _fatalities(text)


