"""The verb "استشهد" (was martyred) tells a death; its other sense "to cite" ("استشهد الوزير
بتقرير") takes the cited thing after "ب" and tells none.

Sentences written for these tests; each runs through the whole pipeline.
"""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2024-05-14")["events"]


def test_martyred_by_gunfire_is_a_killing():
    events = _events("استشهد شاب فلسطيني برصاص القوات الإسرائيلية في مدينة نابلس يوم الاثنين.")
    assert len(events) == 1, events
    e = events[0]
    assert e["sub_event_type"] == "Attack"
    assert e["fatalities"] == 1
    assert e["location"] == "Nablus"


def test_two_martyred_near_a_checkpoint_count_two_dead():
    events = _events("استشهد شابان برصاص الاحتلال قرب حاجز قلنديا شمال القدس يوم الأحد.")
    assert len(events) == 1, events
    assert events[0]["fatalities"] == 2


def test_citing_a_report_adds_no_dead_to_a_strike():
    events = _events(
        "شنت طائرات إسرائيلية غارة على مدينة رفح يوم الاثنين. واستشهد المتحدث باسم الجيش "
        "الإسرائيلي بتقرير عن الأنفاق في المدينة."
    )
    assert len(events) == 1, events
    assert events[0]["sub_event_type"] == "Air/drone strike"
    assert events[0]["fatalities"] == 0


def test_citing_examples_is_no_event():
    assert _events("استشهد الجنرال ديمبسي بمجموعة من الأمثلة على تراجع قدرات المسلحين.") == []


def test_citing_after_a_long_aside_adds_no_dead():
    # the cited thing comes after an aside on the subject; no dead, no weapon follow the verb
    events = _events(
        "شنت طائرات إسرائيلية غارة على مدينة رفح يوم الاثنين. واستشهد الجنرال مارتن "
        "ديمبسي، الذي يعتبر أرفع مستشار لأوباما، بمجموعة من الأنشطة التي تقوم بها إيران."
    )
    assert all(e["fatalities"] == 0 for e in events), events
    assert all(e["actor2"] != "Civilians (Palestine)" for e in events), events


def test_three_martyred_in_a_town_with_no_weapon_named():
    events = _events("استشهد 3 فلسطينيين في مدينة جنين يوم الاثنين.")
    assert len(events) == 1, events
    assert events[0]["fatalities"] == 3
