"""A ministry named with its country's adjective as the authority of an arrest stands for
that country's forces: its army for a ministry of defence, its police otherwise."""

from __future__ import annotations

import rasad


def _arrest(text: str) -> dict:
    events = [
        e
        for e in rasad.extract(text, published="2016-04-12")["events"]
        if e["sub_event_type"] == "Arrests"
    ]
    assert len(events) == 1, events
    return events[0]


def test_the_defence_ministry_arrests_through_its_army():
    text = "اعتقلت وزارة الدفاع الإسرائيلية الشاب سامر يوسف في مدينة الخليل أمس."
    assert _arrest(text)["actor1"] == "Military Forces of Israel (2009-2021)"


def test_the_interior_ministry_arrests_through_its_police():
    text = "اعتقلت وزارة الداخلية الإسرائيلية الشاب سامر يوسف في مدينة الخليل أمس."
    assert _arrest(text)["actor1"] == "Police Forces of Israel (2009-2021)"


def test_a_foreign_ministry_asking_for_a_release_is_no_captor():
    text = (
        "اعتقل رجل يدعى سامر يوسف في مدينة الخليل أمس، وطالبت وزارة الخارجية الأمريكية "
        "بالإفراج عنه."
    )
    assert _arrest(text)["actor1"] != "Police Forces of the United States"
