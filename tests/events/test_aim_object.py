"""The noun right after a verbal noun of aim ("لصد الهجوم التركي": in order to repel the
attack) is that aim's object: the attack to be repelled is no act told, so it makes no clash
of its own when nothing else in its sentence is an event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-02-20") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_the_attack_to_be_repelled_is_no_clash() -> None:
    text = "وأعلن مسؤولون أكراد الأحد عن خطة لدخول قوات النظام منطقة عفرين، لصد الهجوم التركي هناك."
    assert _subs(text) == []


def test_an_attack_repelled_stays_a_clash() -> None:
    text = "وتمكن المقاتلون الأحد من صد الهجوم التركي على قرية في ريف عفرين."
    assert _subs(text) == ["Armed clash"]
