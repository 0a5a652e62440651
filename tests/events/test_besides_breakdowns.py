"""A day's toll listed place by place after "besides" (periods._BESIDES_BREAKDOWN_RE) is a claim."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_a_toll_listed_after_besides_is_no_attack() -> None:
    events = events_of(
        "وقالت الهيئة المعارضة إن العاصمة نالت النصيب الأكبر من القتلى، إذ بلغ عددهم فيها 64 "
        "قتيلا، بجانب 21 في حماة، و9 في إدلب، و4 في الرقة.",
        "2013-04-02",
    )
    assert [e["fatalities"] for e in events if e["fatalities"]] == []


def test_a_toll_listed_after_in_addition_is_no_shelling() -> None:
    events = events_of(
        "وقالت الشبكة إن ريف دمشق سجل سقوط 26 قتيلا برصاص قوات النظام، بالإضافة إلى 8 في "
        "دير الزور و6 في حلب.",
        "2013-04-02",
    )
    assert [e["fatalities"] for e in events if e["fatalities"]] == []


def test_one_for_each_of_several_places_is_a_breakdown() -> None:
    events = events_of(
        "وسقط الخميس 12 قتيلا، وأربعة قتلى في حمص علاوة على اثنين في كل من الرقة وإدلب وطرطوس.",
        "2013-04-02",
    )
    assert [e["fatalities"] for e in events if e["fatalities"]] == []


def test_another_act_told_after_in_addition_is_kept() -> None:
    events = events_of(
        "وقتل 7 أشخاص بقصف قوات النظام على حي بابا عمرو في حمص، فضلا عن إصابة 20 آخرين.",
        "2013-04-02",
    )
    assert [e["fatalities"] for e in events] == [7]


def test_an_act_told_before_the_list_keeps_its_dead() -> None:
    events = events_of(
        "وقالت الهيئة إن إدلب وحدها شهدت سقوط 40 قتيلا، بينهم 31 قتلوا في تفجير سيارة مفخخة "
        "استهدف سوق بلدة سراقب، بالإضافة إلى 17 في حماة، و9 في حلب، و3 في درعا.",
        "2013-04-02",
    )
    assert [e["sub_event_type"] for e in events if e["fatalities"]] == [
        "Remote explosive/landmine/IED"
    ]
    assert all(e["fatalities"] not in (17, 9, 3) for e in events)


def test_dead_under_torture_before_the_list_are_the_tallys() -> None:
    events = events_of(
        "وقالت الهيئة إن ريف دمشق سجل 37 قتيلا، تلته حماة بـ21 قتيلا قضى أغلبهم تحت التعذيب، "
        "بجانب 13 في حلب، و8 في إدلب.",
        "2013-04-02",
    )
    assert [e["fatalities"] for e in events if e["fatalities"]] == []
