""" "قصفت طائرات حربية معسكرات لمتمردين": a group named with ل after a verb and its object
owns the object (actor2); after an act noun ("غارات مكثفة لقوات النظام") ل names the doer."""

from __future__ import annotations

import rasad


def _first(text: str) -> dict:
    events = rasad.extract(text, published="2018-06-10")["events"]
    assert events, f"no event read in {text!r}"
    return events[0]


def test_owner_of_the_verbs_object_is_the_target() -> None:
    event = _first(
        "وذكرت هيئة الأركان أن مقاتلات فرنسية قصفت معسكرات لمتمردين في شمال مالي يوم الأحد."
    )
    assert event["actor1"] == "Military Forces of France"
    assert event["actor2"] == "Unidentified Armed Group (Mali)"


def test_owner_of_an_accusative_object_after_a_verb_is_the_target() -> None:
    event = _first("وأكد ضابط عراقي أن أمريكا قصفت أهدافا لتنظيم الدولة غرب الموصل يوم السبت.")
    assert event["actor1"] == "Military Forces of the United States (2017-2021)"
    assert event["actor2"] == "Islamic State (Iraq)"


def test_after_an_act_noun_and_its_adjective_the_group_is_the_doer() -> None:
    event = _first("شن الطيران غارات مكثفة لقوات النظام على بلدات ريف إدلب يوم الأحد.")
    assert event["actor1"] == "Military Forces of Syria (2000-2024)"
