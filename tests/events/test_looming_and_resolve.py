"""A fight looming on the horizon ("تلوح في الأفق") and an act named after the noun of resolve
("عزم السلطات", "اعتزامها") are still to come: no event. The same acts told as done stay."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-07-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_battle_looming_on_the_horizon_is_no_clash() -> None:
    text = "ويرى مراقبون أن معركة جديدة تلوح في الأفق في محافظة الحديدة بين الحوثيين والجيش."
    assert _subs(text) == []


def test_a_battle_fought_beside_a_looming_crisis_stays() -> None:
    text = (
        "اندلعت معركة عنيفة اليوم في محافظة الحديدة بين الحوثيين والجيش اليمني،"
        " فيما تلوح في الأفق أزمة إنسانية."
    )
    assert _subs(text) == ["Armed clash"]


def test_a_demolition_the_authorities_resolve_on_is_not_done() -> None:
    text = (
        "تجمع عشرات السكان اليوم في قرية بدوية بالضفة الغربية، على إثر عزم السلطات"
        " الإسرائيلية هدم القرية."
    )
    assert "Looting/property destruction" not in _subs(text)
    text = (
        "تجمع عشرات السكان اليوم في قرية بدوية بالضفة الغربية، بعد إعلان اعتزام السلطات"
        " الإسرائيلية هدم القرية."
    )
    assert "Looting/property destruction" not in _subs(text)


def test_a_demolition_done_stays() -> None:
    text = "هدمت السلطات الإسرائيلية اليوم منازل في قرية بالضفة الغربية."
    assert _subs(text) == ["Looting/property destruction"]
