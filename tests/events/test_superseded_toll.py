"""A toll the report tells as its earlier count ("وكانت الحصيلة الأولى تسعة قتلى") has been
replaced by the figure the report now gives: ACLED's most conservative figure is between rival
reports of the same dead, and an overtaken first count is none."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    events = rasad.extract(text, published="2015-07-22")["events"]
    return [e["fatalities"] for e in events]


def test_the_first_toll_told_after_the_current_one_does_not_lower_it() -> None:
    text = (
        "قتل 15 شخصا على الاقل، اليوم (الاربعاء)، عندما فجر انتحاري نفسه في سوق مزدحمة "
        "بمدينة كابل، حسبما افاد مسؤولون. وكانت الحصيلة الاولى اشارت الى سقوط تسعة قتلى."
    )
    assert _fatalities(text) == [15]


def test_two_rival_counts_keep_the_lower_one() -> None:
    text = (
        "قتل 15 شخصا على الاقل، اليوم (الاربعاء)، عندما فجر انتحاري نفسه في سوق مزدحمة "
        "بمدينة كابل، حسبما افاد مسؤولون. وقالت الشرطة إن تسعة أشخاص قتلوا في الهجوم."
    )
    assert _fatalities(text) == [9]
