"""The day a quotation was said ("وقال … يوم الأحد: «…»") is not the day of the act quoted."""

from __future__ import annotations

import rasad


def rows(text: str, published: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published=published)["events"]
    return sorted((e["sub_event_type"], e["event_date"]) for e in events)


def test_act_quoted_after_the_day_it_was_said_is_the_act_told_before() -> None:
    text = (
        "قتل أربعة جنود في هجوم على حاجز في بلدة رفح مساء الخميس. وقال المتحدث باسم الجيش "
        'في بيان يوم السبت: "قتل أربعة جنود في هجوم على حاجز في رفح".'
    )
    assert rows(text, "2020-01-12") == [("Armed clash", "2020-01-09")]


def test_quoted_act_alone_keeps_the_day_it_was_said() -> None:
    # no other day in the paragraph: the saying is the latest the act can be
    text = 'وقال المتحدث باسم الجيش في بيان يوم السبت: "قتل أربعة جنود في هجوم على حاجز في رفح".'
    assert rows(text, "2020-01-12") == [("Armed clash", "2020-01-11")]


def test_a_day_inside_the_quote_is_the_acts_own() -> None:
    text = (
        "قتل أربعة جنود في هجوم على حاجز في بلدة رفح مساء الخميس. وقال المتحدث باسم الجيش "
        'في بيان يوم السبت: "قتل جنديان في هجوم آخر على حاجز في بلدة الشيخ زويد يوم الجمعة".'
    )
    assert ("Armed clash", "2020-01-10") in rows(text, "2020-01-12")
