"""Death counts from an audit of fresh articles: a count whose verb comes after a breakdown and
a qualifying "واحدة", a definite numeral in a breakdown, a joined count that tells the wounded
by its own verb, and a vague quantity of the wounded that makes no deaths significant."""

from __future__ import annotations

from types import SimpleNamespace

import rasad


def only_event(text: str) -> SimpleNamespace:
    events = rasad.extract(text, published="2018-05-01")["events"]
    assert len(events) == 1, [(e["sub_event_type"], e["fatalities"]) for e in events]
    return SimpleNamespace(**events[0])


def test_one_qualifying_a_family_does_not_cut_a_count_from_its_verb() -> None:
    e = only_event(
        "وذكر المرصد أن 9 مدنيين على الأقل من أسرة واحدة بينهم 3 نساء قتلوا في غارة جوية "
        "استهدفت بلدة في ريف إدلب أمس."
    )
    assert e.fatalities == 9


def test_a_second_count_between_still_cuts_the_count_from_its_verb() -> None:
    # near miss: a count of something else stands between: the verb's subject is left
    # unknown and the deaths unnumbered, as before
    e = only_event(
        "وذكر المرصد أن 9 مدنيين على الأقل من سكان 3 قرى قريبة قتلوا في غارة جوية "
        "استهدفت بلدة في ريف إدلب أمس."
    )
    assert e.fatalities == 3


def test_a_definite_numeral_after_among_is_part_of_the_dead() -> None:
    e = only_event("وأسفرت المعارك في مدينة الميادين أمس عن مقتل 14 مسلحا بينهم الانتحاريون الستة.")
    assert e.fatalities == 14


def test_a_definite_numeral_after_a_named_one_still_adds() -> None:
    # near miss: "وحراسه الثلاثة" joins more dead to the one named, no breakdown
    e = only_event("قتل مسؤول أمني كبير وحراسه الثلاثة في كمين قرب مدينة مأرب أمس.")
    assert e.fatalities == 4


def test_a_joined_count_with_a_wounding_verb_counts_the_wounded() -> None:
    e = only_event(
        "وقال مدير الصحة إن 17 شخصا قتلوا بينهم 6 أطفال، و40 جرحوا في القصف على سوق مدينة تعز أمس."
    )
    assert e.fatalities == 17


def test_a_joined_count_with_a_death_verb_still_adds() -> None:
    e = only_event("وقال مدير الصحة إن 17 مدنيا و4 مسلحين قتلوا في القصف على سوق مدينة تعز أمس.")
    assert e.fatalities == 21


def test_dozens_wounded_make_no_significant_deaths() -> None:
    e = only_event(
        "وفي مدينة الناصرية تصدت قوات الأمن للمتظاهرين أمس، فقتلت متظاهرا وأصابت العشرات."
    )
    assert e.fatalities == 1


def test_dozens_wounded_leave_unnumbered_deaths_limited() -> None:
    e = only_event(
        "وهاجمت قوات الأمن المتظاهرين في مدينة الناصرية أمس، ما أدى إلى سقوط قتلى وإصابة العشرات."
    )
    assert e.fatalities == 3


def test_dozens_killed_and_wounded_stay_significant() -> None:
    # near miss: "مقتل وإصابة العشرات": the dozens are dead and hurt together
    e = only_event(
        "وهاجمت قوات الأمن المتظاهرين في مدينة الناصرية أمس، ما أدى إلى مقتل وإصابة العشرات."
    )
    assert e.fatalities == 10


def test_others_told_wounded_by_a_plural_verb_are_no_dead() -> None:
    e = only_event(
        "وأعلنت وزارة الدفاع أن 11 من جنودها قتلوا و30 آخرين أصيبوا في المعارك يوم السبت "
        "في مدينة بانغي."
    )
    assert e.fatalities == 11


def test_one_named_among_plural_dead_is_no_single_death() -> None:
    e = only_event(
        "وشهدت جبهة صرواح في مأرب أمس معارك عنيفة أسفرت عن قتلى من المسلحين بينهم المشرف "
        "الأمني للجماعة في المديرية، إلى جانب عشرات الجرحى."
    )
    assert e.fatalities == 3


def test_one_named_after_the_death_word_is_one_dead() -> None:
    # near miss: the title follows the death word itself
    e = only_event("وشهدت جبهة صرواح في مأرب أمس معارك عنيفة أسفرت عن مقتل المشرف الأمني للجماعة.")
    assert e.fatalities == 1
