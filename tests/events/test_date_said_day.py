"""A day told between a reporting verb and the act noun it reports ("أفاد مصدر اليوم الجمعة
بمقتل …") is when the news was told: an account naming the act's own day is the same event."""

from __future__ import annotations

import rasad


def _clashes(text: str) -> list[tuple[str, str]]:
    out = rasad.extract(text, published="2015-07-31")
    return [(e["event_date"], e["location"]) for e in out["events"]]


def test_a_day_before_an_object_act_noun_is_the_report_day() -> None:
    text = (
        "أفاد مصدر في المقاومة الشعبية اليوم الجمعة بمقتل ثمانية حوثيين خلال اشتباكات مع"
        " المقاومة في منطقة سناح. وأوضح المصدر أن مواجهات عنيفة اندلعت مساء أمس الخميس بين"
        " المقاومة والحوثيين في منطقة سناح."
    )
    assert _clashes(text) == [("2015-07-30", "Sanah")]


def test_an_announced_death_is_told_on_the_report_day() -> None:
    text = (
        "أعلن الجيش اليمني، اليوم الجمعة، مقتل ثلاثة من الحوثيين في اشتباكات في منطقة سناح."
        " وكانت اشتباكات قد اندلعت مساء أمس الخميس بين الجيش والحوثيين في منطقة سناح."
    )
    assert _clashes(text) == [("2015-07-30", "Sanah")]


def test_a_day_of_the_act_itself_keeps_two_days_apart() -> None:
    text = (
        "قتل ثلاثة من الحوثيين اليوم الجمعة في اشتباكات مع الجيش في منطقة سناح. وكانت"
        " اشتباكات قد اندلعت مساء أمس الخميس بين الجيش والحوثيين في منطقة سناح."
    )
    assert len(_clashes(text)) == 2
