"""People wounded by gunfire or shrapnel ("أصيب … برصاص") make an attack with no dead; the
verb "أصيب" without fire named after it (illness, sport, road accidents) makes none.

Sentences written for these tests; each runs through the whole pipeline.
"""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2024-05-14")["events"]


def test_civilians_wounded_by_soldiers_fire_are_attacked():
    events = _events("أصيب ثلاثة فلسطينيين برصاص إسرائيلي شرق خان يونس يوم الاثنين.")
    assert len(events) == 1, events
    e = events[0]
    assert e["sub_event_type"] == "Attack"
    assert e["actor2"] == "Civilians (Palestine)"
    assert e["fatalities"] == 0
    assert e["location"] == "Khan Yunis"


def test_soldiers_wounded_by_gunmen_fire_make_an_event_with_no_dead():
    events = _events("أصيب جنديان إسرائيليان بنيران مسلحين فلسطينيين قرب نابلس يوم الأحد.")
    assert len(events) == 1, events
    assert events[0]["fatalities"] == 0
    assert events[0]["location"] == "Nablus"


def test_the_wounded_are_not_counted_among_the_dead():
    events = _events("قتل شاب وأصيب ثلاثة آخرون برصاص القوات الإسرائيلية في جنين يوم الاثنين.")
    assert len(events) == 1, events
    assert events[0]["fatalities"] == 1


def test_wounds_without_fire_are_no_event():
    assert _events("أصيب اللاعب بشد عضلي خلال المباراة في الرياض يوم الأحد.") == []
    assert _events("أصيب ثلاثة أشخاص بجروح في حادث مروري على طريق الرياض يوم الأحد.") == []
    assert _events("أصيب مئات الأشخاص بفيروس كورونا في مدينة عمان خلال الأسبوع.") == []


def test_wounds_that_later_killed_are_described_not_told_as_a_new_act():
    events = _events(
        "شيع آلاف الفلسطينيين في جباليا الخميس الصحافي الذي توفي متأثرا بجراح أصيب بها برصاص "
        "الجيش الإسرائيلي قبل أسبوعين."
    )
    assert events == [], events
