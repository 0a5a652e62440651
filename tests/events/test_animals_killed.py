"""Animals killed, culled or slaughtered ("أعدموا 8116 خنزيرا", "قتل مسلحون 40 رأسا من الماشية")
are no people killed: no attack and no death toll; people killed beside animals stay an attack."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[tuple[str, int]]:
    evs = rasad.extract(text, published="2019-03-05")["events"]
    return [(e["sub_event_type"], e["fatalities"]) for e in evs]


def test_pigs_culled_are_no_attack() -> None:
    text = "قالت السلطات إن عمالا في مزرعة بمقاطعة هونان أعدموا 8116 خنزيرا أمس بعد تفشي المرض."
    assert _events(text) == []


def test_cattle_killed_by_gunmen_are_no_toll() -> None:
    text = "قتل مسلحون 40 رأسا من الماشية في قرية قرب مدينة مايدوغوري أمس."
    assert _events(text) == []


def test_sheep_slaughtered_are_no_attack() -> None:
    text = "ذبح مسلحون 30 خروفا في قرية قرب مدينة مايدوغوري أمس."
    assert _events(text) == []


def test_people_executed_stay_an_attack() -> None:
    text = "أعدم مسلحون 5 أشخاص في قرية قرب مدينة مايدوغوري أمس."
    assert _events(text) == [("Attack", 5)]


def test_people_killed_whose_sheep_were_stolen_stay_an_attack() -> None:
    text = "قتل مسلحون 5 أشخاص وسرقوا أغنامهم في قرية قرب مدينة مايدوغوري أمس."
    assert _events(text) == [("Attack", 5)]
