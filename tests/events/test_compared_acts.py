"""An act named as the yardstick of a comparison ("أكبر بمئات المرات من تفجير …") is no act
told (senses.likened); "أكثر من هجوم" counts real acts and stays."""

from __future__ import annotations

from tests.events.helpers import events_of


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events_of(text, "2020-09-03")]


def test_a_bomb_measured_against_hiroshima_is_no_explosion() -> None:
    text = "وقال خبير روسي إن قوة القنبلة الجديدة أكبر بمئات المرات من تفجير قنبلة هيروشيما."
    assert _subs(text) == []


def test_damage_compared_with_a_port_blast_is_no_explosion() -> None:
    assert _subs("وأكد الباحث أن الدمار في حلب أشد بكثير من انفجار مرفأ بيروت.") == []


def test_more_than_one_attack_is_still_an_attack() -> None:
    assert _subs("وشن المسلحون أكثر من هجوم على مواقع الجيش في الرمادي.") != []
