"""A count of people told after the scene, the day and the source of the death verb before it
is that verb's subject, the dead ("وقتل في المعارك … يوم الثلاثاء أكثر من 25 عنصرا")."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2019-03-06")["events"]]


def test_a_count_after_the_scene_and_the_day_is_the_dead() -> None:
    text = "وقتل في المعارك التي دارت في محيط مدينة حرض يوم الثلاثاء أكثر من 30 عنصرا من الحوثيين."
    assert _fatalities(text) == [30]


def test_a_count_after_the_day_and_the_source_is_the_dead() -> None:
    text = (
        "وقتل الإثنين، بحسب المرصد أيضا، 6 مدنيين بينهم طفلان في قصف مدفعي استهدف قرية في ريف "
        "حماة الشمالي."
    )
    assert _fatalities(text) == [6]


def test_a_relative_clause_of_the_scene_does_not_cut_the_count() -> None:
    text = (
        "وقتل في القصف الذي استهدف سوقا شعبيا في مدينة سراقب أمس، وفق الدفاع المدني، "
        "11 مدنيا بينهم 4 أطفال."
    )
    assert _fatalities(text) == [11]


def test_a_victim_told_before_the_count_keeps_the_count_out() -> None:
    # near miss: the soldier is the one killed; the 300 live in the village
    text = "قتل جندي في هجوم على قرية يسكنها 300 شخص في ريف حماة أمس."
    assert 300 not in _fatalities(text)


def test_another_act_between_keeps_its_object_out() -> None:
    # near miss: the 12 were arrested, not killed
    text = "وقتل في الهجوم على بلدة سراقب أمس الأحد مسلح، واعتقلت القوات بعدها 12 شخصا."
    assert 12 not in _fatalities(text)


def test_a_count_after_a_whole_country_stays_a_nationwide_tally() -> None:
    # near miss: "في سوريا" before the count: the day's toll over the whole country
    text = (
        "وقتل الأحد في أعمال العنف في سوريا بحسب المرصد، 97 شخصا بينهم 30 مدنيا و4 أطفال "
        "قضوا في قصف على حي جوبر في دمشق."
    )
    assert 97 not in _fatalities(text)
