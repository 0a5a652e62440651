"""Whole days between two events told by a span ("بعد يومين من", "غداة"), read with
the dates lexicon (resources/time_expressions.yaml, loaded by :mod:`rasad.arabic.dates`)."""

from __future__ import annotations

from collections.abc import Sequence

from rasad.arabic.dates import _tables

_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7}


def span_days(words: Sequence[str]) -> int | None:
    """Whole days in a short span of normalised words: "يوم" / "يوم واحد" 1, "يومين" 2,
    "ثلاثة أيام" / "3 أيام" 3, "أسبوع" 7, "ساعات" / "ساعتين" 0. None for anything else (a
    month is too coarse, "أيام" alone too vague, to move a day by)."""
    t = _tables()
    if len(words) == 2 and t.counts.get(words[1]) == 1:
        words = words[:1]  # "يوم واحد"
    if len(words) == 1:
        w = words[0]
        unit = t.ago_duals.get(w)
        if unit is not None:
            days = _UNIT_DAYS.get(unit)
            return None if days is None else 2 * days
        unit = t.ago_unit.get(w)
        if unit == "hour":
            return 0  # "بعد ساعات من"
        return _UNIT_DAYS.get(unit) if unit and w in t.ago_singular else None
    if len(words) == 2:
        n = int(words[0]) if words[0].isdigit() else t.counts.get(words[0])
        days = _UNIT_DAYS.get(t.ago_unit.get(words[1], ""))
        if n is not None and days is not None and n <= 31:
            return n * days
    return None


def days_after_event(words_before: Sequence[str], reach: int = 1) -> tuple[int, int] | None:
    """How many days before its sentence's date an event happened, when the normalised words
    just before its trigger say so: "بعد يومين من [مقتل]" → 2, "غداة [اقتحام]" → 1, also with
    up to ``reach`` words between ("بعد يوم من [هجوم] الأحد"); with how many words back the
    phrase begins. None when they do not. Newswire tells the day of the main clause
    and hangs an earlier event on it this way ("اشتباكات السبت بعد يوم من قتل ستة")."""
    t = _tables()
    n = len(words_before)
    for i in range(n - 1, max(-1, n - 2 - reach), -1):
        w = words_before[i]
        if w in t.day_after or (w[:1] == "و" and w[1:] in t.day_after):
            return 1, n - i
        if w not in t.after_link:
            continue
        for k in (i - 2, i - 3):
            if k >= 0 and words_before[k].removeprefix("و") in t.after_lead:
                days = span_days(words_before[k + 1 : i])
                if days is not None:
                    return days, n - k
    return None
