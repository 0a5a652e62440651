"""Drone strikes told in the ways news tells them: two drones and a dual verb, a strike named
by its drone ("بضربة مسيرة"), a booby-trapped drone (flown at its target: an air/drone strike
for ACLED, not a roadside bomb), aircraft as the subject of "هاجم"; and two aircraft that
collide, which is no strike."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-04-25") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_two_drones_with_a_dual_verb_strike() -> None:
    text = "قال المرصد إن طائرتين مسيرتين استهدفتا فجر الثلاثاء مطار حميميم العسكري في اللاذقية."
    assert _subs(text) == ["Air/drone strike"]


def test_a_strike_named_by_its_drone() -> None:
    text = "قتل ثلاثة عناصر من قسد بضربة مسيرة تركية على سيارتهم في مدينة القامشلي."
    assert _subs(text) == ["Air/drone strike"]


def test_booby_trapped_drones_are_a_drone_strike_not_a_bomb() -> None:
    text = "هاجمت طائرات مسيرة مفخخة فجر الثلاثاء قاعدة حميميم في ريف اللاذقية."
    assert _subs(text) == ["Air/drone strike"]


def test_warplanes_as_the_subject_of_attacked_strike() -> None:
    text = "هاجم الطيران الحربي فجر الثلاثاء مواقع المسلحين في بلدة اللطامنة بريف حماة."
    assert _subs(text) == ["Air/drone strike"]


def test_a_helicopter_collision_is_no_strike() -> None:
    text = "قتل طياران في تصادم مروحية عسكرية بطائرة تدريب فوق قاعدة جوية قرب مدينة قونية."
    assert "Air/drone strike" not in _subs(text)
