"""A famous battle of the past and a commander's task tell no act of the day; a strike on a
famous city and a capture of one stay."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_famous_battle_is_history() -> None:
    text = "وعلى الفور تحرك الملك لملاقاة الجيش النمساوي في معركة لوثين الشهيرة في سيليزيا."
    assert _subs(text) == []


def test_a_commanders_task_is_no_capture() -> None:
    text = (
        "وشيع النظام أمس جثمان اللواء محسن مخلوف في اللاذقية، الذي كان مكلفًا عملية استعادة"
        " السيطرة على مدينة تدمر."
    )
    assert _subs(text) == []


def test_a_strike_on_a_famous_city_stays() -> None:
    text = "وقتل عشرة أشخاص اليوم في غارة جوية على مدينة حلب الشهيرة بقلعتها."
    assert _subs(text) == ["Air/drone strike"]


def test_regaining_a_famous_city_stays() -> None:
    text = "واستعادت القوات اليوم السيطرة على مدينة تدمر الشهيرة بآثارها."
    assert _subs(text) == ["Government regains territory"]
