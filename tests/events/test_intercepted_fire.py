"""Fire intercepted in a later clause of its sentence ("…، اعترضتها الدفاعات الجوية") is one
event, the disrupted weapons use, not a missile attack beside it."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_missiles_intercepted_in_the_next_clause_are_one_disrupted_use() -> None:
    text = "وأطلق الحوثيون صواريخ على مدينة جازان أمس، اعترضتها الدفاعات الجوية السعودية."
    assert _subs(text) == ["Disrupted weapons use"]


def test_missiles_aimed_at_a_city_and_met_by_air_defence_are_one_event() -> None:
    text = "وأطلقت الميليشيا عدة صواريخ استهدفت مدينة نجران، تصدت لها قوات الدفاع الجوي."
    assert _subs(text) == ["Disrupted weapons use"]


def test_missiles_that_hit_stay_a_missile_attack() -> None:
    text = "وأطلق الحوثيون صواريخ على مدينة جازان أمس، وسقطت في حي سكني."
    assert _subs(text) == ["Shelling/artillery/missile attack"]
