"""An act told with a past period of its own after it is dated to that period, not to the day
named before it (the day it was told)."""

from __future__ import annotations

import datetime as dt

import rasad

PUB = dt.date(2024, 3, 20)  # a Wednesday; last week ran Saturday 9 to Friday 15 March
HEAD = "بيروت - اتهم رئيس الحكومة اللبنانية يوم الاثنين إسرائيل بمحاولة جر لبنان إلى الحرب"


def _dates(text: str) -> list[tuple[str, int]]:
    events = rasad.extract(text, published=PUB.isoformat())["events"]
    return [(e["event_date"], e["time_precision"]) for e in events]


def test_strike_last_week_told_on_monday_is_dated_to_last_week() -> None:
    text = f"{HEAD} عبر شن غارة على مستودع قرب بعلبك الأسبوع الماضي."
    assert _dates(text) == [("2024-03-12", 2)]


def test_this_week_includes_the_day_so_the_day_stays() -> None:
    text = f"{HEAD} عبر شن غارة على مستودع قرب بعلبك هذا الأسبوع."
    assert _dates(text) == [("2024-03-18", 1)]


def test_a_span_since_last_week_is_not_the_acts_own_period() -> None:
    text = f"{HEAD} عبر شن غارة على مستودع قرب بعلبك هي الثانية منذ الأسبوع الماضي."
    assert _dates(text) == [("2024-03-18", 1)]


def test_strike_on_monday_then_a_period_after_another_act_keeps_monday() -> None:
    text = (
        "بيروت - شنت طائرة إسرائيلية يوم الاثنين غارة على مستودع قرب بعلبك"
        " بعد قصف استهدف بلدة الخيام الأسبوع الماضي."
    )
    assert ("2024-03-18", 1) in _dates(text)


def test_strike_two_weeks_ago_is_dated_to_that_week() -> None:
    text = f"{HEAD} عبر شن غارة على مستودع قرب بعلبك قبل أسبوعين."
    assert _dates(text) == [("2024-03-06", 2)]


def test_strike_at_the_start_of_this_month_is_dated_at_month_precision() -> None:
    text = f"{HEAD} عبر شن غارة على مستودع قرب بعلبك في مطلع الشهر الجاري."
    assert _dates(text) == [("2024-03-01", 3)]  # ACLED: the first day when "start" is told
