"""One person named, then "و" and a noun counted by a definite numeral after it ("مقتل مسؤول
عسكري كبير وحراسه الثلاثة"): the three are joined to him, four dead, as in "وثلاثة حراس"."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2015-11-03")["events"]]


_BOMB = "فجر انتحاري، الثلاثاء، حزامه الناسف قرب موكب في مدينة بعقوبة ما أسفر عن "


def test_one_and_his_guards_counted_after_their_noun() -> None:
    assert _fatalities(_BOMB + "مقتل مسؤول عسكري كبير وحراسه الثلاثة.") == [4]


def test_one_and_his_sons_counted_after_their_noun() -> None:
    assert _fatalities(_BOMB + "مقتل ضابط وأبنائه الأربعة.") == [5]


def test_the_counted_alone_are_the_dead() -> None:
    assert _fatalities(_BOMB + "مقتل الحراس الثلاثة.") == [3]


def test_the_counted_wounded_are_not_added() -> None:
    assert _fatalities(_BOMB + "مقتل ضابط في الجيش وإصابة حراسه الثلاثة.") == [1]
