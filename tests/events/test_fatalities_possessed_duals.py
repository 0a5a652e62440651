"""A person noun's dual with its owner's pronoun ("مرافقاه", "حارساها") counts two dead."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-07-04")["events"]]


def test_his_two_companions_killed_in_a_strike() -> None:
    text = "نجا القيادي في التنظيم من غارة جوية، الجمعة، على بلدة البوكمال قتل فيها مرافقاه."
    assert _fatalities(text) == [2]


def test_the_officer_and_his_two_guards() -> None:
    text = "قتل مسلحون مجهولون، الجمعة، الضابط وحارساه في مدينة الموصل."
    assert _fatalities(text) == [3]


def test_his_two_guards_wounded_are_not_dead() -> None:
    text = "قتل مسلحون مجهولون، الجمعة، ضابطا في مدينة الموصل وأصيب حارساه."
    assert _fatalities(text) == [1]
