"""An act told "before" a past year ("قبل 2002 حين قتل 21 شخصا") is history; the same act
told as the day's news stays."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-02") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_act_before_a_past_year_is_history() -> None:
    text = "وكان المعبد في جربة يستقبل آلاف الزوار سنويا قبل 2002 حين قتل 21 شخصا إثر هجوم انتحاري."
    assert _subs(text) == []


def test_today_s_act_stays() -> None:
    text = "وقتل 21 شخصا اليوم إثر هجوم انتحاري على معبد في جربة التونسية."
    assert _subs(text) == ["Suicide bomb"]
