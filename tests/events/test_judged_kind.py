"""A definite plural act noun as the subject of a present-tense verb of judgement ("إن الضربات
الجوية لا تحترم …"): a kind of act weighed, no act of its own; an act told with a verb that
tells it going on, or told outright, stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-06-10")["events"]]


def test_strikes_judged_by_a_minister_are_no_event() -> None:
    text = "وقال وزير الدفاع الأفغاني يوم السبت إن الغارات الأجنبية لا تحترم حرمة القرى."
    assert _subs(text) == []


def test_attacks_judged_as_violating_sovereignty_are_no_event() -> None:
    text = "وأكد البيان أن الهجمات المتكررة تنتهك سيادة الدولة وتعرض المدنيين للخطر."
    assert _subs(text) == []


def test_strikes_going_on_stay_an_event() -> None:
    text = "وقال وزير الدفاع الأفغاني يوم السبت إن الغارات الأجنبية تتواصل على قرى الولاية."
    assert _subs(text) == ["Air/drone strike"]


def test_strikes_done_told_before_their_judgement_stay_an_event() -> None:
    text = "شنت طائرات حربية غارات على قرى ولاية قندوز يوم السبت وقتلت ستة مدنيين."
    assert _subs(text) == ["Air/drone strike"]
