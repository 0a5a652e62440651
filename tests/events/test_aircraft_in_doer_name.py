"""Aircraft named as their doer ("الطائرات الحربية الروسية" is the actor's name) still tell the
air strike: the name does not hide the act."""

from __future__ import annotations

from tests.events.helpers import typed_places

PUB = "2018-05-02"
AIR = "Air/drone strike"


def _rows(text: str) -> list[tuple[str, str | None]]:
    return typed_places(text, PUB)


def test_aircraft_inside_the_doers_name_tells_the_strike() -> None:
    text = "شنت الطائرات الحربية الروسية سلسلة ضربات على بلدة كفرنبل في ريف إدلب أمس."
    assert _rows(text) == [(AIR, "Kafr Nabl")]


def test_killed_by_fire_of_aircraft_named_as_the_doer() -> None:
    # the aircraft is the weapon as well as the actor: an air strike, no attack by hand
    text = "قتل ثلاثة مدنيين بنيران الطائرات الحربية الروسية في بلدة كفرنبل في ريف إدلب أمس."
    assert _rows(text) == [(AIR, "Kafr Nabl")]


def test_aircraft_talked_of_without_an_attack_word_stay_no_event() -> None:
    text = "قال مسؤول إن الطائرات الحربية الروسية ستبقى في قاعدة حميميم حتى نهاية العام."
    assert _rows(text) == []
