"""A date set off by two commas is said in passing: the clause runs on across it, so the target
after "، الاثنين،" still belongs to the strike's clause. And a definite event noun as the subject
of a "comes" verb after it ("الضربات الجوية جاءت وفق …") refers back to the strike already told."""

from __future__ import annotations

import datetime as dt

import rasad
from rasad.events.context import DocContext

from .helpers import pipeline_context


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    events = rasad.extract(text, published="2019-05-09")["events"]
    return [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events]


def _context(text: str) -> DocContext:
    return pipeline_context(text, dt.date(2019, 5, 9))


def test_a_day_between_commas_does_not_cut_the_clause() -> None:
    text = "قصفت الطائرات، الاثنين، مواقع المسلحين في البلدة."
    ctx = _context(text)
    assert ctx.clause_bounds(text.index("مواقع")) == ctx.clause_bounds(0)


def test_a_list_between_commas_still_cuts_the_clause() -> None:
    text = "قصفت الطائرات مواقع المسلحين، ثم انسحبت القوات، وعادت الهدنة."
    ctx = _context(text)
    assert ctx.clause_bounds(text.index("انسحبت")) != ctx.clause_bounds(0)


def test_the_target_after_a_day_in_commas_is_the_other_side() -> None:
    text = "قصفت طائرات حربية عراقية، الاثنين، مقر قيادة ودعم لوجستي لتنظيم داعش في محافظة الحسكة."
    assert _rows(text) == [
        ("Air/drone strike", "Military Forces of Iraq (2018-2020)", "Islamic State (Syria)")
    ]


def test_strikes_that_came_after_intelligence_are_the_strike_told() -> None:
    text = (
        "قصفت طائرات حربية عراقية مقرا لتنظيم داعش في محافظة الحسكة. وأضاف البيان أن الضربات "
        "الجوية الدقيقة جاءت وفق معلومات استخبارية مؤكدة من قيادة العمليات المشتركة."
    )
    assert _rows(text) == [
        ("Air/drone strike", "Military Forces of Iraq (2018-2020)", "Islamic State (Syria)")
    ]


def test_a_new_indefinite_strike_that_came_on_a_market_is_its_own_event() -> None:
    text = (
        "قصفت طائرات التحالف مواقع للحوثيين في صعدة. وقتل خمسة مدنيين في غارة جديدة جاءت على "
        "سوق في حجة."
    )
    assert len(_rows(text)) == 2
