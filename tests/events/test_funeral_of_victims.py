"""A funeral of the dead of an act ("شيع الآلاف ضحايا الغارة") tells no new act: the act
named as what they died of is told elsewhere. An act at the funeral itself is news."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_mourning_the_victims_of_a_strike_is_no_new_strike() -> None:
    assert _subs("شيع الآلاف في مدينة إدلب اليوم ضحايا الغارة الجوية التي استهدفت السوق.") == []


def test_burying_the_dead_of_shelling_is_no_new_shelling() -> None:
    assert _subs("وشيع أهالي بلدة كفرنبل اليوم جثامين قتلى القصف المدفعي على البلدة.") == []


def test_a_bomb_at_a_funeral_stays_an_event() -> None:
    text = "وقتل خمسة أشخاص اليوم في انفجار عبوة ناسفة خلال تشييع جنازة في مدينة بعقوبة."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_a_blast_during_a_funeral_stays_an_event() -> None:
    text = "وخلال تشييع جنازة أحد القادة في بعقوبة اليوم وقع انفجار قتل خمسة أشخاص."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
