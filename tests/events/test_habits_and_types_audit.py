"""Event rows from an audit of fresh articles, through the whole pipeline: habits told as
background are no events."""

from __future__ import annotations

import pytest

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-07-26")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "ودأبت ميليشيات الحوثي على استهداف المدنيين في محافظة الحديدة والمناطق السكنية.",
        "واعتادت الميليشيات قصف الأحياء السكنية في مدينة تعز.",
    ],
)
def test_a_habit_is_no_event(text: str) -> None:
    assert _subs(text) == []


def test_the_same_act_told_today_is_an_event() -> None:
    assert _subs("استهدفت ميليشيات الحوثي اليوم المدنيين بقذائف في مدينة الحديدة.") != []
