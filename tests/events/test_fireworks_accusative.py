"""A truck carrying fireworks ("تحمل ألعابا نارية", the accusative) that blows up is an
accident, as "الألعاب النارية" is; a bomb in the same sentence is still a bombing."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2013-03-16") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_truck_carrying_fireworks_blowing_up_is_an_accident() -> None:
    text = (
        "مكسيكو (رويترز) - قتل 11 شخصا على الأقل وأصيب 36 آخرون أمس الجمعة عندما انفجرت"
        " شاحنة تحمل ألعابا نارية في المكسيك."
    )
    assert _subs(text) == []


def test_a_bomb_hidden_among_fireworks_is_a_bombing() -> None:
    text = (
        "مكسيكو (رويترز) - قتل 11 شخصا على الأقل أمس الجمعة عندما انفجرت قنبلة زرعها"
        " مسلحون في شاحنة تحمل ألعابا نارية في المكسيك."
    )
    assert _subs(text) != []
