""""في وقت متأخر من ليلة الأحد": the late hours of the day named, not the eve before it."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.arabic.dates import find_dates
from rasad.pipeline import extract

THURSDAY = dt.date(2024, 3, 14)
SUNDAY, SATURDAY = dt.date(2024, 3, 10), dt.date(2024, 3, 9)


def first_day(text: str) -> dt.date:
    spans = find_dates(text, THURSDAY)
    assert len(spans) == 1
    return spans[0].value.start


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("داهمت الشرطة الحي في وقت متأخر من ليلة الأحد", SUNDAY),
        ("سقطت القذائف على البلدة في ساعة متأخرة من ليلة الأحد", SUNDAY),
        ("انفجرت العبوة في ساعات متأخرة من ليلة السبت", SATURDAY),
    ],
)
def test_late_in_the_night_of_a_weekday_is_that_day(text: str, day: dt.date) -> None:
    assert first_day(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the eve of the day named, as before
        ("داهمت الشرطة الحي ليلة الأحد", SATURDAY),
        ("وصل الوفد متأخرا ليلة الأحد إلى المطار", SATURDAY),
    ],
)
def test_night_of_a_weekday_without_late_is_its_eve(text: str, day: dt.date) -> None:
    assert first_day(text) == day


def test_event_told_late_in_a_named_night_takes_that_day() -> None:
    text = "قتل مسلحون ثلاثة مدنيين في وقت متأخر من ليلة الأحد في هجوم على قرية قرب مدينة كركوك."
    events = extract(text, published=THURSDAY)["events"]
    assert events and {e["event_date"] for e in events} == {SUNDAY.isoformat()}
