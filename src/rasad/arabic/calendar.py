"""Month and weekday names (resources/calendar.yaml), keyed by normalised spelling."""

from __future__ import annotations

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
