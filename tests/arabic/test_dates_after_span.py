"""span_days / days_after_event: the span "بعد يومين من" and "غداة" put between two events."""

from __future__ import annotations

import pytest

from rasad.arabic.elapsed import days_after_event, span_days
from rasad.arabic.normalize import normalize_key


def words(text: str) -> list[str]:
    return [normalize_key(w) for w in text.split()]


@pytest.mark.parametrize(
    ("span", "days"),
    [("يوم", 1), ("يوم واحد", 1), ("يومين", 2), ("ثلاثة أيام", 3), ("5 أيام", 5),
     ("أسبوع", 7), ("أسبوعين", 14), ("ساعات", 0), ("ساعتين", 0),
     ("أيام", None), ("شهر", None), ("عدة أيام", None)],
)
def test_span_days(span: str, days: int | None) -> None:
    assert span_days(words(span)) == days


@pytest.mark.parametrize(
    ("before", "found"),
    [
        ("اندلعت اشتباكات بعد يومين من", (2, 3)),
        ("وبعد ثلاثة أيام على", (3, 4)),
        ("خرجوا غداة", (1, 1)),
        ("قال إنه وغداة", (1, 1)),
        ("بعد يوم من هجوم", (1, 4)),  # one word on
        ("بعد يوم من قتل ستة", None),  # too far: "ستة" may begin the main clause
        ("قتل اثنان من", None),
        ("بعد أيام من", None),
    ],
)
def test_days_after_event(before: str, found: tuple[int, int] | None) -> None:
    assert days_after_event(words(before)) == found


def test_reach_lets_more_words_in_between() -> None:
    assert days_after_event(words("بعد يوم من قتل ستة خلال"), reach=4) == (1, 6)
