"""Events "خلال الساعات الماضية" / "في الـ24 ساعة الماضية" are coded on the publication day."""

from __future__ import annotations

import datetime as dt

import rasad
from rasad.arabic.dates import DateValue
from rasad.events.arguments import resolve_date

PUB = dt.date(2021, 3, 8)


def test_past_hours_resolve_to_the_publication_day_at_day_precision() -> None:
    value = DateValue(PUB - dt.timedelta(days=1), PUB, 1, relative=True, kind="recent_hours")
    assert resolve_date(value)[:2] == (PUB, 1)


def test_other_two_day_ranges_keep_their_midpoint_and_precision_2() -> None:
    value = DateValue(PUB - dt.timedelta(days=1), PUB, 2, relative=True, kind="recent")
    assert resolve_date(value)[:2] == (PUB - dt.timedelta(days=1), 2)


def test_shelling_in_the_past_hours() -> None:
    text = "قتل ثلاثة مدنيين في قصف مدفعي على مدينة تعز خلال الساعات الماضية."
    events = rasad.extract(text, published=PUB.isoformat())["events"]
    assert [(e["event_date"], e["time_precision"]) for e in events] == [("2021-03-08", 1)]


def test_shelling_in_the_past_24_hours() -> None:
    text = "قتل ثلاثة مدنيين في قصف مدفعي على مدينة تعز خلال الـ24 ساعة الماضية."
    events = rasad.extract(text, published=PUB.isoformat())["events"]
    assert [(e["event_date"], e["time_precision"]) for e in events] == [("2021-03-08", 1)]
