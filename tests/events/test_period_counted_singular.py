"""A toll over a period counted from eleven on ("خلال 18 يوما", "خلال 11 شهرا": Arabic
counts with a singular accusative noun past ten) is a total over a period like "خلال الأيام
الثلاثة": a claim, never one event's dead. A count of hours is no such period."""

from __future__ import annotations

import rasad


def _extract(text: str) -> dict:
    return rasad.extract(text, published="2018-03-08")


def test_dead_counted_over_eighteen_days_are_a_claim() -> None:
    out = _extract(
        "تقدمت قوات النظام في ريف حمص الشمالي يوم الأربعاء. وقال المرصد السوري إن 640 شخصا "
        "قتلوا في المعارك خلال 18 يوما."
    )
    assert 640 not in [e["fatalities"] for e in out["events"]]
    assert [c["value"] for c in out["claims"] if c["kind"] == "casualty_total"] == [640]


def test_dead_counted_over_eleven_months_are_no_days_toll() -> None:
    # neither the 130 nor the months they were counted over are the day's dead
    out = _extract(
        "شنت الطائرات غارات على بلدة خان شيخون يوم الثلاثاء. وقتل 130 مدنيا في البلدة خلال 11 "
        "شهرا من القصف."
    )
    assert not {130, 141} & {e["fatalities"] for e in out["events"]}


def test_hours_counted_in_the_singular_stay_a_day() -> None:
    # "خلال 24 ساعة": one day's battle, its dead the event's
    out = _extract("قتل 17 مسلحا خلال 24 ساعة في اشتباكات مع الجيش قرب مدينة تلعفر يوم الأربعاء.")
    assert [e["fatalities"] for e in out["events"]] == [17]
