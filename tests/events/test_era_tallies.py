"""The dead of an era or a season are a claim, not one act's (periods._era)."""

from __future__ import annotations

import rasad
from tests.events.helpers import events_of, run


def test_the_dead_of_a_reign_are_a_claim() -> None:
    doc = run("وتقول منظمات حقوقية إن أجهزة المخابرات أعدمت نحو 2300 معارض في عهده.")
    assert [e for e in doc.events if e.fatalities] == []
    assert [c.value for c in doc.claims] == [2300]


def test_the_dead_of_a_season_are_a_claim() -> None:
    out = rasad.extract(
        "وسقط 85 قتيلا في شتاء العام الحالي برصاص قوات الأمن خلال احتجاجات في مدينة "
        "تعز.",
        published="2012-03-10",
    )
    assert [e for e in out["events"] if e["fatalities"]] == []
    assert [c["value"] for c in out["claims"]] == [85]


def test_an_act_of_today_set_in_an_era_is_kept() -> None:
    events = events_of(
        "وقتل أربعة متظاهرين اليوم برصاص الشرطة في أول مسيرة معارضة في عهد الحكومة الجديدة في "
        "مدينة الإسكندرية.",
        "2013-07-10",
    )
    assert [e["fatalities"] for e in events] == [4]
