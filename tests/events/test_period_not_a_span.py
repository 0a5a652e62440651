"""Words that look like a period but are none: a day or two at one end of the week ("خلال
عطلة نهاية الأسبوع") dates an event, and a span planned ahead ("سيستمر ثلاثة أسابيع") is what
someone means to do. Neither makes the dead of the sentence a total (a claim)."""

from __future__ import annotations

import rasad


def _extract(text: str) -> dict:
    return rasad.extract(text, published="2019-05-14")


def _totals(out: dict) -> list[int]:
    return [c["value"] for c in out["claims"] if c["kind"] == "casualty_total"]


def test_the_end_of_the_week_dates_an_event() -> None:
    out = _extract(
        "قتل 23 شخصا على الأقل في معارك بين قبيلتين في ولاية كادونا خلال عطلة نهاية الأسبوع."
    )
    assert _totals(out) == []
    assert [e["fatalities"] for e in out["events"]] == [23]


def test_the_start_of_the_week_dates_an_event() -> None:
    out = _extract("قتل 40 شخصا في هجوم لمسلحين على قرية في ولاية كادونا خلال مطلع الأسبوع.")
    assert _totals(out) == []
    assert [e["fatalities"] for e in out["events"]] == [40]


def test_a_planned_span_counts_no_dead() -> None:
    out = _extract(
        "قتل 9 متظاهرين برصاص الشرطة في الخرطوم الاثنين في أول أيام ما قال المنظمون إنه سيكون "
        "3 أسابيع من الإضرابات."
    )
    assert _totals(out) == []
    assert [e["fatalities"] for e in out["events"]] == [9]


def test_the_whole_week_is_still_a_span() -> None:
    out = _extract("قتل 60 شخصا في هجمات لمسلحين على قرى في ولاية كادونا خلال الأسبوع الماضي.")
    assert _totals(out) == [60]
