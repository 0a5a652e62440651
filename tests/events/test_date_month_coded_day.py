"""An act dated only to a month is coded as ACLED codes a month (events/arguments.resolve_date):
its 15th, or its first or last day when its start or end is told; time precision 3."""

from __future__ import annotations

import datetime as dt

import rasad
from rasad.arabic.dates import DateValue
from rasad.events.arguments import resolve_date

D = dt.date


def test_a_whole_month_of_31_days_is_coded_on_its_15th() -> None:
    # the midpoint of 1–31 would be the 16th
    value = DateValue(D(2020, 7, 1), D(2020, 7, 31), 3, relative=True, kind="month")
    assert resolve_date(value) == (D(2020, 7, 15), 3, (D(2020, 7, 1), D(2020, 7, 31)))


def test_the_start_and_end_of_a_month_are_its_first_and_last_day() -> None:
    start = DateValue(D(2020, 7, 1), D(2020, 7, 10), 3, relative=True, kind="month_start")
    assert resolve_date(start)[:2] == (D(2020, 7, 1), 3)
    end = DateValue(D(2020, 7, 21), D(2020, 7, 31), 3, kind="month_end")
    assert resolve_date(end)[:2] == (D(2020, 7, 31), 3)


def test_other_long_ranges_keep_their_midpoint() -> None:
    # a Hijri month or a day range is no Gregorian month: no 15th to code it on
    hijri = DateValue(D(2024, 3, 11), D(2024, 4, 9), 3, kind="hijri_month")
    assert resolve_date(hijri)[:2] == (D(2024, 3, 25), 3)
    days = DateValue(D(2020, 7, 3), D(2020, 7, 12), 2, kind="date_range")
    assert resolve_date(days)[:2] == (D(2020, 7, 7), 3)


def test_an_attack_at_the_start_of_the_month() -> None:
    text = "قتل مسلحون مجهولون ثلاثة من عناصر الشرطة في هجوم على حاجز في بعقوبة مطلع الشهر الجاري."
    events = rasad.extract(text, published="2020-07-18")["events"]
    assert [(e["event_date"], e["time_precision"]) for e in events] == [("2020-07-01", 3)]


def test_an_attack_told_with_a_day_keeps_its_day() -> None:
    text = "قتل مسلحون مجهولون ثلاثة من عناصر الشرطة في هجوم على حاجز في مدينة بعقوبة يوم الأحد."
    events = rasad.extract(text, published="2020-07-18")["events"]
    assert [(e["event_date"], e["time_precision"]) for e in events] == [("2020-07-12", 1)]


def test_a_month_act_coded_on_the_day_of_the_news_is_no_event_of_that_day() -> None:
    text = "قتل مسلحون مجهولون ثلاثة من عناصر الشرطة في هجوم على حاجز في بعقوبة هذا الشهر."
    assert rasad.extract(text, published="2020-07-15")["events"] == []
    events = rasad.extract(text, published="2020-07-22")["events"]
    assert [(e["event_date"], e["time_precision"]) for e in events] == [("2020-07-15", 3)]
