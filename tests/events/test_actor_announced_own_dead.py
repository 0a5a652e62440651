"""A group that announces the death of its own men ("أعلنت الحركة مقتل عشرة من مقاتليها",
"مقتل أحد قادتها بغارة") is the side hit: the third-person possessive points back to it."""

from __future__ import annotations

import pytest

import rasad


def _first(text: str) -> dict:
    events = rasad.extract(text, published="2017-09-02")["events"]
    assert events, f"no event read in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "أعلنت حركة طالبان، الجمعة، مقتل سبعة من مقاتليها بقصف جوي أمريكي في ولاية هلمند.",
            "Taliban",
        ),
        (
            "أعلنت جماعة الحوثي مقتل أحد قادتها الميدانيين بغارة جوية للتحالف في مديرية حرض "
            "يوم الجمعة.",
            "Military Forces of Yemen (2015-2017) Houthi-Saleh",
        ),
        (
            "أعلن الجيش الأفغاني مقتل سبعة من جنوده في هجوم لحركة طالبان على حاجز في ولاية هلمند "
            "يوم الجمعة.",
            "Military Forces of Afghanistan",
        ),
    ],
)
def test_the_announcing_group_lost_the_men_it_names(text: str, group: str) -> None:
    event = _first(text)
    assert event["actor2"] == group or (
        event["event_type"] == "Battles" and event["actor1"] == group and event["actor2"]
    )


def test_the_enemys_men_are_not_the_announcers() -> None:
    event = _first(
        "أعلن الجيش الأفغاني مقتل سبعة من عناصر طالبان في غارة جوية في ولاية هلمند يوم الجمعة."
    )
    assert event["actor2"] == "Taliban"
