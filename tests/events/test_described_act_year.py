"""A year that closes the relative clause describing an act noun dates that act, however long
the clause: history, no event of the day. A span ("منذ") in such a clause dates nothing."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[tuple[str, int]]:
    found = rasad.extract(text, published="2019-04-16")["events"]
    return [(e["sub_event_type"], e["fatalities"]) for e in found]


def test_a_massacre_dated_at_the_end_of_its_relative_clause_is_history() -> None:
    text = (
        "استحضر الرئيس في خطابه أمام البرلمان المجزرة التي قتل فيها أكثر من ثلاثمئة مدني من "
        "سكان القرية الواقعة على الضفة الشرقية لنهر العاصي في عام 1982 بنيران القوات الحكومية."
    )
    assert _events(text) == []


def test_a_strike_of_the_day_the_worst_since_a_past_year_stays_an_event() -> None:
    text = (
        "قتل عشرون مدنيا اليوم في الغارة التي شنتها طائرات حربية على سوق شعبي مزدحم في وسط "
        "مدينة إدلب الواقعة في شمال سوريا وهي الأعنف على المدينة منذ 2015."
    )
    assert [fat for _, fat in _events(text)] == [20]
