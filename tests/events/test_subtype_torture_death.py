"""A death under torture is an attack on a captive (ACLED: violence against civilians by the
jailers), whoever the victim fought for before; it is no armed clash."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published="2018-05-10")["events"]
    return [(e["event_type"], e["sub_event_type"]) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "قتل عنصر من الجيش الحر تحت التعذيب في سجون قوات النظام في مدينة حماة.",
        "توفي مقاتل من المعارضة تحت التعذيب في أحد سجون النظام بمدينة حمص.",
        "لقي جندي يمني حتفه تحت التعذيب في سجن تابع للحوثيين بمدينة صنعاء.",
        "قتل عسكري سابق بعد تعذيبه على يد مسلحين في مدينة درنة.",
    ],
)
def test_an_armed_man_tortured_to_death_is_attacked_not_fighting(text: str) -> None:
    assert _rows(text) == [("Violence against civilians", "Attack")]


def test_a_soldier_killed_in_a_fight_is_still_a_clash() -> None:
    rows = _rows("قتل عنصر من الجيش الحر في اشتباكات مع قوات النظام في مدينة حماة.")
    assert rows == [("Battles", "Armed clash")]
