"""What an inquiry looks into is an act told elsewhere or only reported, not a new event."""

from __future__ import annotations

import datetime as dt

from tests.events.helpers import run


def test_reports_an_inquiry_looks_into_are_no_event() -> None:
    doc = run("ووصلت بعثة دولية إلى دوما للتحقيق في تقارير وقوع هجوم كيماوي على المدينة.")
    assert list(doc.events) == []


def test_attempt_under_investigation_is_no_event() -> None:
    doc = run("وأعلنت الشرطة بدء التحقيق في محاولة اغتيال محافظ البصرة.")
    assert list(doc.events) == []


def test_act_with_its_own_day_is_kept() -> None:
    doc = run(
        "وفتحت الشرطة تحقيقا في انفجار وقع أمس في البصرة.",
        dates={"أمس": (dt.date(2021, 3, 9), dt.date(2021, 3, 9), 1, None)},
    )
    assert [e.sub_event_type for e in doc.events] == ["Remote explosive/landmine/IED"]
