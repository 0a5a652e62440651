"""An act named as the cause of a plight told in the present is a habit, no act on a day."""

from __future__ import annotations

import datetime as dt

from tests.events.helpers import run

_TODAY = {"اليوم": (dt.date(2021, 3, 10), dt.date(2021, 3, 10), 1, None)}


def test_civilians_dying_because_of_shelling_is_a_plight() -> None:
    doc = run("وقال ناشطون اليوم إن المدنيين في دوما يستشهدون بسبب القصف المستمر.", dates=_TODAY)
    assert list(doc.events) == []


def test_children_dying_from_strikes_is_a_plight() -> None:
    doc = run("وقال ناشطون اليوم إن الأطفال يموتون من جراء الغارات على دوما.", dates=_TODAY)
    assert list(doc.events) == []


def test_dead_of_a_shelling_in_the_past_are_an_event() -> None:
    doc = run("وسقط ثلاثة قتلى اليوم بسبب القصف على دوما.", dates=_TODAY)
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]
