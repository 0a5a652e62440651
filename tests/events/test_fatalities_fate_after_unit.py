"""A death noun with the pronoun of the dead ("مصرعه", "حتفهم") right after a unit word
("قائد الكتيبة مصرعه") is the death, not part of a name as in "لواء الشهيد"."""

from __future__ import annotations

import rasad


def _fatalities(text: str, published: str = "2016-03-08") -> int:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_the_leader_of_the_battalion_met_his_death() -> None:
    text = "ولقي قائد الكتيبة مصرعه في غارة جوية على بلدة معرة النعمان."
    assert _fatalities(text) == 1


def test_the_leader_of_the_brigade_met_his_death_with_guards() -> None:
    text = "ولقي قائد اللواء مصرعه مع أربعة من حراسه في غارة جوية على بلدة معرة النعمان."
    assert _fatalities(text) == 5


def test_a_square_named_for_martyrs_is_still_a_name() -> None:
    text = "وقتل مسلحون شرطيا قرب ساحة الشهداء في مدينة الرمادي."
    assert _fatalities(text) == 1
