"""A toll or a definite mention dated only by the day its source spoke, days after the act it
refers back to ("قتلوا في الاشتباكات" told on Monday of Saturday's clashes), is that act's
account: one row on the act's day with the toll. A new act told on the later day stays its own."""

from __future__ import annotations

import rasad

_CLASH = "عدن - اندلعت اشتباكات عنيفة بين القوات الحكومية والحوثيين في مديرية حيس يوم السبت."


def _rows(text: str) -> list[tuple[str, str, int]]:
    events = rasad.extract(text, published="2024-03-12")["events"]
    return [(e["event_date"], e["sub_event_type"], e["fatalities"]) for e in events]


def test_toll_said_two_days_later_joins_the_clashes() -> None:
    text = _CLASH + " وقال مسؤول عسكري، الإثنين، إن سبعة من المسلحين الحوثيين قتلوا في الاشتباكات."
    assert _rows(text) == [("2024-03-09", "Armed clash", 7)]


def test_toll_of_the_clashes_said_three_days_later_joins_them() -> None:
    text = _CLASH + " وقالت مصادر محلية، الثلاثاء، إن حصيلة قتلى الاشتباكات بلغت تسعة."
    assert _rows(text) == [("2024-03-09", "Armed clash", 9)]


def test_a_new_strike_told_on_the_later_day_stays_apart() -> None:
    text = _CLASH + (
        " وقالت مصادر محلية، الإثنين، إن مقاتلات التحالف شنت غارات على مواقع للحوثيين في حيس."
    )
    rows = _rows(text)
    assert ("2024-03-09", "Armed clash", 0) in rows
    assert any(r[1] == "Air/drone strike" for r in rows)
