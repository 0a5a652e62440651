"""The date an event's note names: day, English month, year; kept per date string."""

from __future__ import annotations

import datetime as dt

from rasad.events.notes import format_date


def test_a_note_date_is_day_month_year_the_same_on_every_call():
    assert format_date("2018-05-21") == "21 May 2018"
    assert format_date("2019-12-01") == "1 December 2019"
    assert format_date(None) == format_date("") == "an unreported date"
    day = dt.date(2020, 2, 29)
    for _ in range(2):  # the second call reads the memo
        assert format_date(day.isoformat()) == f"29 {day.strftime('%B')} 2020"
    assert format_date.cache_info().hits >= 1
