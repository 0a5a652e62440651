"""A past year closing the relative clause that describes an act noun dates the act even when
the sentence names the day something was said (periods.history, described_year); the year of
a span ("منذ عام 2012") dates nothing."""

from __future__ import annotations

import datetime as dt

from rasad.events.context import build_context
from rasad.events.described_year import described_act_year
from rasad.events.lexicon import default_lexicon
from tests.events.helpers import events_of, make_doc

_SAID_TODAY = (
    "وذكر الناطق باسم الحلف، اليوم، أن الحلف يشعر بالارتياح إزاء اعتذار رئيس الحكومة، "
    "لنظيره، عن الهجوم الذي شنته القوات الإسرائيلية على قافلة المساعدات التركية قرب مدينة "
    "غزة {when}، مشيرا إلى أن هذه خطوة إيجابية."
)


def test_an_act_its_clause_dates_to_a_past_year_is_history_though_the_day_is_named() -> None:
    assert events_of(_SAID_TODAY.format(when="في العام 2010"), "2019-05-10") == []


def test_the_same_act_its_clause_dates_to_yesterday_is_news() -> None:
    events = events_of(_SAID_TODAY.format(when="فجر أمس"), "2019-05-10")
    assert [(e["event_date"], e["location"]) for e in events] == [("2019-05-09", "Gaza")]


def test_the_worst_since_a_year_keeps_a_dated_act() -> None:
    events = events_of(
        "وقال الجيش، الأحد، إن الهجوم الذي شنه مسلحون على حاجز للجيش قرب مدينة حلب، وهو الأعنف "
        "منذ عام 2012، أسفر عن مقتل ثلاثة جنود.",
        "2019-05-10",
    )
    assert [(e["event_date"], e["location"]) for e in events] == [("2019-05-05", "Aleppo")]


def _described(text: str) -> bool:
    ctx = build_context(make_doc(text), default_lexicon())
    at = text.index("الهجوم") + 2
    return described_act_year(ctx, at, at + 4, dt.date(2019, 5, 10))


_CLAUSE = (
    "قال الجيش إن الهجوم الذي شنه مسلحون على حاجز للجيش قرب مدينة حلب {year} أسفر عن مقتل جنديين."
)


def test_the_year_of_a_span_does_not_date_the_described_act() -> None:
    assert not _described(_CLAUSE.format(year="وهو الأعنف منذ عام 2012،"))
    assert not _described(_CLAUSE.format(year="وهو الأعنف منذ العام 2012،"))
    assert _described(_CLAUSE.format(year="في عام 2012،"))
