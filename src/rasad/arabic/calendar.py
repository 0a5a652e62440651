"""Month and weekday names (resources/calendar.yaml), keyed by normalised spelling, and the
tabular Islamic calendar."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from rasad.arabic.normalize import normalize_key
from rasad.resources import load_yaml


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, int]]:
    raw = load_yaml("calendar.yaml")
    return {
        section: {normalize_key(k): int(v) for k, v in raw[section].items()}
        for section in ("gregorian", "hijri", "weekdays")
    }


def gregorian_months() -> dict[str, int]:
    """Normalised month name (Gregorian transliterated and Levantine) → month number."""
    return _tables()["gregorian"]


def hijri_months() -> dict[str, int]:
    return _tables()["hijri"]


def weekdays() -> dict[str, int]:
    """Normalised weekday name → ISO weekday (Monday = 1 … Sunday = 7)."""
    return _tables()["weekdays"]


def month_number(name: str) -> int | None:
    """Gregorian month number for any spelling of a month name, or None."""
    return gregorian_months().get(normalize_key(name))


_ISLAMIC_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH (civil epoch, Julian 16 July)


def hijri_is_leap(year: int) -> bool:
    """Leap years of the 30-year tabular cycle (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29)."""
    return (14 + 11 * year) % 30 < 11


def hijri_month_length(year: int, month: int) -> int:
    if month == 12:
        return 30 if hijri_is_leap(year) else 29
    return 30 if month % 2 == 1 else 29


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Tabular (arithmetic) Islamic date → Gregorian; within a day or two of sighted calendars.

    Raises ValueError for a month outside 1-12 or a day outside the month.
    """
    if not 1 <= month <= 12 or not 1 <= day <= hijri_month_length(year, month):
        raise ValueError(f"no Hijri date {day}/{month}/{year}: month 1-12, day within the month")
    days = (
        day
        + (59 * (month - 1) + 1) // 2  # ceil(29.5 * (month - 1))
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + _ISLAMIC_EPOCH
        - 1
    )
    return dt.date.fromordinal(days)
