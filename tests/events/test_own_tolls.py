"""Two acts of one sentence, each with its own counted dead at its own town, are two events,
each keeping its toll."""

from __future__ import annotations

import rasad


def rows(text: str, published: str) -> list[tuple[str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return sorted((e["location"], e["fatalities"]) for e in events)


def test_second_toll_at_another_city_is_its_own_event() -> None:
    text = "قتل 25 شخصا في سلسلة تفجيرات هزت بغداد مساء أمس، وقتل 11 آخرون في تفجيرات ضربت الموصل."
    assert rows(text, "2013-05-14") == [("Baghdad", 25), ("Mosul", 11)]


def test_first_act_keeps_its_toll_from_a_joined_clause_at_another_city() -> None:
    # "، وقتل 9 آخرون في … كركوك": those 9 died at another scene, not in Baghdad
    text = (
        "قتل 17 شخصا في انفجارات استهدفت أسواقا في بغداد صباح اليوم، وقتل 9 آخرون في "
        "انفجارات مماثلة ضربت كركوك."
    )
    assert ("Baghdad", 17) in rows(text, "2013-05-14")


def test_strike_joined_by_kama_keeps_the_first_toll() -> None:
    text = (
        "قتل أربعة مدنيين في قصف بالبراميل المتفجرة على مدينة دوما، كما استهدف الطيران "
        "مدينة حمص ما أدى إلى مقتل ثلاثة أشخاص."
    )
    assert ("Douma", 4) in rows(text, "2015-02-03")


def test_two_tolls_at_one_city_stay_one_event() -> None:
    text = (
        "قتل 17 شخصا في انفجارات استهدفت أسواقا في بغداد صباح اليوم، وقتل 9 آخرون في "
        "انفجارات مماثلة ضربت بغداد."
    )
    assert len(rows(text, "2013-05-14")) == 1


def test_a_second_act_without_counted_dead_merges_as_before() -> None:
    text = (
        "قتل 17 شخصا في انفجارات استهدفت أسواقا في بغداد صباح اليوم، وسقط قتلى في "
        "انفجارات مماثلة ضربت كركوك."
    )
    assert ("Baghdad", 17) in rows(text, "2013-05-14")


def test_a_joined_clause_at_the_same_town_is_still_read_with_the_act() -> None:
    # no other scene: the clause's dead are not cut off from the act (6 alone would be a cut)
    text = "قتل 6 جنود في هجوم على حاجز في مدينة درعا، وقتل 3 آخرون في اشتباكات داخل المدينة."
    found = rows(text, "2014-06-01")
    assert len(found) == 1 and found[0][1] != 6
