"""Reports or claims an inquiry looks into are an act only reported, not a new event."""

from __future__ import annotations

import datetime as dt

from tests.events.helpers import run


def test_reports_an_inquiry_looks_into_are_no_event() -> None:
    doc = run("ووصلت بعثة دولية إلى دوما للتحقيق في تقارير وقوع هجوم كيماوي على المدينة.")
    assert list(doc.events) == []


def test_claims_under_investigation_are_no_event() -> None:
    doc = run("وطالبت المنظمة بالتحقيق في ادعاءات استخدام الأسلحة الكيماوية في دوما.")
    assert list(doc.events) == []


def test_an_inquiry_into_the_act_itself_keeps_it() -> None:
    doc = run("وأعلنت الحكومة فتح تحقيق في حادث سقوط قذائف هاون على البصرة.")
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]


def test_act_with_its_own_day_is_kept() -> None:
    doc = run(
        "وفتحت الشرطة تحقيقا في تقارير وقوع انفجار أمس في البصرة.",
        dates={"أمس": (dt.date(2021, 3, 9), dt.date(2021, 3, 9), 1, None)},
    )
    assert [e.sub_event_type for e in doc.events] == ["Remote explosive/landmine/IED"]
