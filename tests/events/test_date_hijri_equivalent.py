"""A Hijri day followed by "الموافق" and a Gregorian day: the Gregorian day is the act's."""

from __future__ import annotations

import rasad


def dates(text: str, published: str) -> list[str]:
    return [e["event_date"] for e in rasad.extract(text, published=published)["events"]]


def test_the_gregorian_day_given_for_a_hijri_day_dates_the_act() -> None:
    # the arithmetic calendar reads 25 Shawwal 1436 as 11 August; the text says the 10th
    text = (
        "قتل مسلحون جنديا في هجوم على نقطة تفتيش في القطيف "
        "في 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م."
    )
    assert dates(text, "2015-08-12") == ["2015-08-10"]


def test_a_hijri_day_told_alone_keeps_its_reading() -> None:
    text = "قتل مسلحون جنديا في هجوم على نقطة تفتيش في القطيف في 25 شوال 1436 هـ."
    assert dates(text, "2015-08-12") == ["2015-08-11"]
