""" "قتل الجيش عشرة مسلحين في اشتباكات": the men a killing verb's subject killed, told before the
event noun, are the side hit, not the event noun's subject; in a battle whose foe is named after
"مع" they are that foe's men."""

from __future__ import annotations

import rasad


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    events = rasad.extract(text, published="2024-04-14")["events"]
    return [(e["actor1"], e["actor2"]) for e in events]


def test_the_army_that_killed_gunmen_in_clashes_with_a_group_fights_that_group() -> None:
    text = "قتل الجيش النيجيري ستة مسلحين في معارك مع تنظيم الدولة قرب مايدوغوري يوم الجمعة."
    assert _sides(text) == [("Military Forces of Nigeria", "Islamic State (West Africa)")]


def test_with_no_foe_named_the_killed_gunmen_are_the_other_side() -> None:
    text = "قتلت القوات العراقية أربعة مسلحين خلال مواجهات في قضاء الحويجة يوم الخميس."
    assert _sides(text) == [("Military Forces of Iraq (2022-)", "Unidentified Armed Group (Iraq)")]


def test_gunmen_killed_by_an_air_strike_of_the_army_are_its_target() -> None:
    text = "قتل الجيش النيجيري سبعة مسلحين في غارة جوية على معسكر قرب مايدوغوري يوم الجمعة."
    assert _sides(text) == [("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")]


def test_gunmen_killed_in_clashes_with_the_army_stay_a_side() -> None:
    # near miss: no subject killed them; the passive reading keeps the dead men's side
    text = "قتل ستة مسلحين في معارك مع الجيش النيجيري قرب مايدوغوري يوم الجمعة."
    sides = _sides(text)
    assert len(sides) == 1 and "Military Forces of Nigeria" in sides[0]
    assert "Unidentified Armed Group (Nigeria)" in sides[0]
