"""A force named after a facility and a command noun ("مقر قيادة الجيش", "مبنى قيادة الشرطة")
owns the target: it was attacked, it did not attack."""

from __future__ import annotations

import rasad

IRAQ = "Military Forces of Iraq (2014-2018)"
IRAQ_POLICE = "Police Forces of Iraq (2014-2018)"


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2015-07-31")["events"]


def test_a_bomb_before_the_army_command_post_hits_the_army() -> None:
    events = _events("فجر انتحاري سيارة مفخخة أمام مقر قيادة الجيش في مدينة الرمادي أمس.")
    assert events, "no event read"
    assert events[0]["actor1"] != IRAQ
    assert events[0]["actor2"] == IRAQ


def test_an_attack_on_the_police_command_building_has_the_police_as_target() -> None:
    events = _events("شن انتحاريون هجوما مسلحا على مبنى قيادة الشرطة وسط كركوك الأحد.")
    assert events, "no event read"
    assert events[0]["actor2"] == IRAQ_POLICE
