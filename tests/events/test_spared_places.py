"""A place kept "out of reach" of an act ("بمنأى عن القصف", "في منأى من هجمات") was spared it:
no event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-03-04")["events"]]


def test_a_city_spared_shelling_is_no_event() -> None:
    assert _subs("وظلت مدينة طرطوس بمنأى عن القصف.") == []


def test_a_city_out_of_reach_of_attacks_is_no_event() -> None:
    assert _subs("وبقيت مدينة طرطوس في منأى من هجمات المسلحين.") == []


def test_shelling_of_a_city_is_still_an_event() -> None:
    assert _subs("وقصفت قوات النظام مدينة طرطوس الأحد.") == ["Shelling/artillery/missile attack"]
