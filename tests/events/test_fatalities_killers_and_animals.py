""" "مسلحان اثنان قتلا ستة": a count before an active killing verb counts the killers; "قتلتا",
"قتلن" are killing verbs whose object is the toll; animals in a list of victims are no dead."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    events = rasad.extract(text, published="2023-05-10")["events"]
    return [e["fatalities"] for e in events]


def test_feminine_dual_verb_counts_its_object() -> None:
    text = "قال مسؤول أمني إن امرأتين انتحاريتين قتلتا ستة أشخاص في سوق بمدينة مايدوغوري أمس."
    assert _fatalities(text) == [6]


def test_feminine_plural_verb_counts_its_object() -> None:
    text = "قالت الشرطة إن أربع انتحاريات قتلن أحد عشر شخصا في تفجيرات بمدينة مايدوغوري أمس."
    assert _fatalities(text) == [11]


def test_killers_counted_before_an_active_verb_are_not_dead() -> None:
    text = "قال شهود إن مسلحين اثنين قتلا خمسة قرويين في هجوم على قرية قرب مدينة زالنجي أمس."
    assert _fatalities(text) == [5]


def test_plural_killers_before_a_verb_with_an_object_are_not_dead() -> None:
    text = "قالت الشرطة إن ثلاثة مسلحين قتلوا أربعة مزارعين في هجوم على قرية قرب مدينة جوس أمس."
    assert _fatalities(text) == [4]


def test_counted_dead_before_a_passive_plural_verb_still_count() -> None:
    # near miss: no count after the verb, so the men before it are the dead
    text = "قالت الشرطة إن ثلاثة مزارعين قتلوا في هجوم على قرية قرب مدينة جوس أمس."
    assert _fatalities(text) == [3]


def test_livestock_listed_with_the_dead_is_not_counted() -> None:
    text = "قتل أربعة مدنيين و35 رأسا من الماشية في غارة جوية على قرية قرب مدينة الفاشر أمس."
    assert _fatalities(text) == [4]


def test_people_listed_after_the_dead_are_still_counted() -> None:
    # near miss: the joined count is of people
    text = "قتل أربعة مدنيين و35 مسلحا في غارة جوية على معسكر قرب مدينة الفاشر أمس."
    assert _fatalities(text) == [39]


def test_a_shepherd_killed_with_his_flock_is_one_dead() -> None:
    text = "قتل مسلحون مجهولون راعيا و15 رأسا من الأغنام قرب قرية في ولاية غرب دارفور أمس."
    assert _fatalities(text) == [1]


def test_heads_of_people_are_still_counted() -> None:
    # near miss: "رأسا من" names no animal here, the heads are of the men killed
    text = "ذبح مسلحون 12 رأسا من أبناء القرية في هجوم على قرية قرب مدينة درنة أمس."
    assert _fatalities(text) == [12]
