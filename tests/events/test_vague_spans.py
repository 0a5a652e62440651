"""Vague spans up to now ("خلال الفترة الماضية", "في الآونة الأخيرة") sum acts up or recall
them; none is told on its day (ACLED codes each day's event). A span of this kind or of weeks
or more that opens the sentence, set off by a comma, frames the clause right after it."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2017-04-12") -> list[tuple[str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["fatalities"]) for e in events]


def test_evacuation_of_the_past_period_opening_the_sentence_is_no_event() -> None:
    text = "وخلال الفترة الماضية، أجلي مئات المسلحين من مدينة داريا مع تقدم قوات النظام."
    assert _rows(text) == []


def test_shelling_told_recently_opening_the_sentence_is_no_event() -> None:
    text = "وفي الآونة الأخيرة، قتل 12 مدنيا في قصف قوات النظام على مدينة إدلب."
    assert _rows(text) == []


def test_deaths_of_recent_months_opening_the_sentence_are_no_event() -> None:
    text = "وخلال الأشهر الماضية، قتل 12 مدنيا في قصف قوات النظام على مدينة إدلب."
    assert _rows(text) == []


def test_recent_span_right_after_the_trigger_is_no_event() -> None:
    text = "وقتل في الآونة الأخيرة خمسة جنود في هجمات على حواجز الجيش في مدينة درعا."
    assert _rows(text) == []


def test_a_later_clause_with_its_own_day_is_still_an_event() -> None:
    text = (
        "وفي الآونة الأخيرة، شن الطيران الحربي غارات على مدينة إدلب، فيما قتل 5 مدنيين أمس "
        "في قصف على مدينة حلب."
    )
    assert _rows(text) == [("Shelling/artillery/missile attack", 5)]


def test_an_event_ranked_against_the_recent_span_is_kept() -> None:
    text = "قتل خمسة جنود أمس في هجوم على حاجز في مدينة درعا، وهو الأعنف في الآونة الأخيرة."
    assert _rows(text) == [("Armed clash", 5)]


def test_opening_span_frames_a_later_clause_of_the_sentence() -> None:
    text = (
        "وخلال الفترة الماضية، غادر آلاف السكان مدينة الرقة، مع تقدم قوات سوريا الديمقراطية "
        "نحو المدينة."
    )
    assert _rows(text) == []
