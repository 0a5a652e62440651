""" "المطلة على" (overlooking) is a participle, not one of the hamlets named
المطلة (El Mtolle in Lebanon, Al Matallah in Syria), even after a place noun ("التلة المطلة
على", the hill overlooking): the phrase yields no place, while the village stays."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2020-07-01")["places"]]


def test_overlooking_is_no_village():
    names = _names("سقطت قذيفة على التلة المطلة على بلدة كفرشوبا في جنوب لبنان.")
    assert "El Mtolle" not in names
    assert "Kfar Chouba" in names


def test_the_village_after_a_place_noun_stays():
    names = _names("قصفت القوات الحكومية قرية المطلة في ريف درعا.")
    assert "Al Matallah" in names
