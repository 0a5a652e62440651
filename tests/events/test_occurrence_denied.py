"""The occurrence of an act denied in its clause is no act reported."""

from __future__ import annotations

from tests.events.helpers import run


def test_clashes_whose_occurrence_is_denied_far_off_are_no_event() -> None:
    doc = run(
        "ونفى المتحدث باسم الجيش العراقي في بيان نشره على صفحته الرسمية وقوع اشتباكات "
        "بين الجيش والشرطة في البصرة."
    )
    assert list(doc.events) == []


def test_clashes_whose_occurrence_is_confirmed_are_kept() -> None:
    doc = run("وأكد المتحدث باسم الجيش العراقي وقوع اشتباكات بين الجيش وداعش في البصرة اليوم.")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]
