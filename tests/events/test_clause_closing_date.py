"""A day closing the sentence after a comma ("…، الأربعاء.") is the last clause's own: it dates
the act of that clause, not the act of a clause before it (events/context._punct_cuts)."""

from __future__ import annotations

import datetime as dt

import rasad
from rasad.events.context import DocContext

from .helpers import pipeline_context

PUB = "2021-11-12"  # a Friday


def _context(text: str) -> DocContext:
    return pipeline_context(text, dt.date.fromisoformat(PUB))


def _dates(text: str) -> list[tuple[str, str | None]]:
    events = rasad.extract(text, published=PUB)["events"]
    return sorted((e["event_date"], e["location"]) for e in events)


def test_a_closing_day_belongs_to_the_last_clause() -> None:
    text = "اعتصم طلاب أمام الجامعة، كما تظاهر مئات العمال أمام مبنى البلدية، الأربعاء."
    ctx = _context(text)
    assert ctx.clause_bounds(text.index("الأربعاء")) == ctx.clause_bounds(text.index("تظاهر"))


def test_a_closing_clause_with_more_than_a_day_stays_apart() -> None:
    text = "اعتصم طلاب أمام الجامعة، كما تظاهر مئات العمال، ثم تفرقوا بهدوء في المساء."
    ctx = _context(text)
    assert ctx.clause_bounds(text.index("ثم")) != ctx.clause_bounds(text.index("تظاهر"))


def test_the_act_before_the_closing_day_takes_it_not_an_earlier_period() -> None:
    text = (
        "وخرجت تظاهرات ضد قانون الضرائب في مدن عدة، الأسبوع الماضي، كما تظاهر نحو ألفي شخص "
        "في مدينة صفاقس، الأربعاء."
    )
    assert ("2021-11-10", "Sfax") in _dates(text)


def test_a_day_before_the_last_comma_still_dates_an_undated_act() -> None:
    text = "قصفت الطائرات الحربية مواقع للمسلحين قرب مدينة صفاقس، الأربعاء."
    assert [d for d, _ in _dates(text)] == ["2021-11-10"]
