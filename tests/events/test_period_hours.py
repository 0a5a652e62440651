"""A toll over more than a day counted in hours ("في الـ72 ساعة الماضية") is a total over a
period: a claim, never one event's dead (its breakdown by victims and places is no claim of its
own). The last 24 hours at one front may be one day's battle."""

from __future__ import annotations

import rasad


def _extract(text: str) -> dict:
    return rasad.extract(text, published="2018-02-22")


def test_a_toll_over_the_last_72_hours_is_a_claim() -> None:
    out = _extract(
        "قال المرصد السوري إن 341 شخصا قتلوا في الغوطة الشرقية في الـ72 ساعة الماضية جراء "
        "القصف المكثف."
    )
    assert [e["fatalities"] for e in out["events"] if e["fatalities"] == 341] == []
    assert [c["value"] for c in out["claims"] if c["kind"] == "casualty_total"] == [341]


def test_hours_ago_are_no_period() -> None:
    out = _extract("قتل 12 شخصا في غارات على دوما قبل 3 ساعات.")
    assert [(e["sub_event_type"], e["fatalities"]) for e in out["events"]] == [
        ("Air/drone strike", 12)
    ]
    assert out["claims"] == []


def test_the_length_of_a_period_counts_no_dead() -> None:
    out = _extract(
        "قال التحالف إن عدد قتلى المسلحين خلال الأيام الثلاثة الماضية في محور صعدة بلغ 44 قتيلا."
    )
    assert [c["value"] for c in out["claims"] if c["kind"] == "casualty_total"] == [44]


def test_a_total_and_its_breakdown_make_one_claim() -> None:
    out = _extract(
        "وقالت لجان التنسيق المحلية إنها وثقت مقتل 228 شخصا في أنحاء سوريا، بينهم 13 طفلا وسبع "
        "سيدات، وتوزع القتلى بواقع 118 في حلب و37 في دمشق."
    )
    assert [c["value"] for c in out["claims"] if c["kind"] == "casualty_total"] == [228]
    assert out["events"] == []
