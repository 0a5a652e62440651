"""Dates of events told relative to one another: "بعد يومين من X", "غداة X"."""

from __future__ import annotations

import pytest

import rasad


def dated(text: str, published: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["event_type"], e["event_date"]) for e in events]


def test_event_after_ba3d_n_days_min_happened_that_many_days_before_the_sentence_day() -> None:
    text = "توفي المعتقل في سجن حلب المركزي يوم السبت بعد ستة أيام من اعتقاله على يد قوات الأمن."
    assert ("Strategic developments", "2021-02-28") in dated(text, "2021-03-08")


def test_event_before_the_phrase_is_that_many_days_after_its_day() -> None:
    # the protest's only day is the attack's, a day before it
    text = "تظاهر المئات في مدينة حمص بعد يوم من هجوم الأحد على حاجز للجيش."
    assert dated(text, "2021-03-10") == [("Protests", "2021-03-08")]


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر المئات في مدينة حمص بعد يوم من الهجوم على حاجز للجيش.",  # no day at all
        "تظاهر المئات في مدينة حمص الأربعاء بعد ساعات من الهجوم على حاجز للجيش.",  # hours
        "تظاهر المئات في مدينة حمص الأربعاء بعد أيام من الهجوم على حاجز للجيش.",  # vague
    ],
)
def test_no_span_or_no_day_leaves_the_date(text: str) -> None:
    assert dated(text, "2021-03-10") == [("Protests", "2021-03-10")]
