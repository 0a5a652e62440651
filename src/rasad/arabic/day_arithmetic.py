"""Calendar arithmetic for resolving dates against the publication day: a weekday counted
back (or forward), a day and month given without a year, a month without a year, a month's
thirds ("مطلع/منتصف/أواخر"). Pure functions of dates; the finder is arabic/dates.py."""

from __future__ import annotations

import calendar as _cal
import datetime as dt


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_back(pub: dt.date, wd: int, hint: str | None) -> dt.date:
    """The day of ISO weekday ``wd`` that ``hint`` ("past", "future", None) points to."""
    if hint == "future":
        return pub + days((wd - pub.isoweekday()) % 7 or 7)
    delta = (pub.isoweekday() - wd) % 7
    if hint == "past" and delta == 0:
        delta = 7
    return pub - days(delta)


# A day and month without a year up to this many days after publication is read as that
# coming day ("بحلول 10 أكتوبر" in a 30 September article), not as the same day last year.
NEAR_FUTURE = dt.timedelta(days=31)


def infer_year(month: int, day: int, pub: dt.date, hint: str | None) -> dt.date | None:
    """Day and month without a year: the occurrence ``hint`` points to, relative to ``pub``.

    No hint: the latest occurrence not after publication, unless the one in the coming month
    is meant; "past" forces strictly before publication, "future" strictly after, "current"
    ("الجاري") the publication year.
    """
    years = (pub.year - 1, pub.year, pub.year + 1)
    options = [d for y in years if (d := safe_date(y, month, day)) is not None]
    if hint == "current":
        return safe_date(pub.year, month, day)
    if hint == "future":
        later = [d for d in options if d > pub]
        return min(later) if later else None
    if hint is None:
        soon = [d for d in options if pub < d <= pub + NEAR_FUTURE]
        if soon:
            return soon[0]
    earlier = [d for d in options if (d < pub if hint == "past" else d <= pub)]
    return max(earlier) if earlier else None


def infer_month_year(month: int, pub: dt.date, hint: str | None) -> int:
    """A month without a year: this year's unless that is after publication ("past": before
    publication's month, "future": after it, "current": the publication year)."""
    if hint == "current":
        return pub.year
    if hint == "future":
        return pub.year + (month <= pub.month)
    if hint == "past":
        return pub.year - (month >= pub.month)
    return pub.year - (month > pub.month)


def month_range(year: int, month: int, pos: str | None) -> tuple[dt.date, dt.date, str]:
    last = _cal.monthrange(year, month)[1]
    lo, hi = {"start": (1, 10), "mid": (11, 20), "end": (21, last)}.get(pos or "", (1, last))
    return dt.date(year, month, lo), dt.date(year, month, hi), f"month_{pos}" if pos else "month"
