""""قتل مسلح شخصين": the armed man right after the verb is who killed (events/victims.py)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_a_gunman_who_killed_two_people_is_an_attack_on_them() -> None:
    events = events_of(
        "قتل مسلح شخصين الأحد في هجوم على مقهى في مدينة مرسيليا الفرنسية.", "2019-09-03"
    )
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Attack", 2)]
    assert (events[0]["actor2"] or "").startswith("Civilians")


def test_a_gunman_who_killed_three_people_is_an_attack_on_them() -> None:
    events = events_of(
        "قتل مسلح ثلاثة أشخاص الأحد داخل مطعم في مدينة مرسيليا الفرنسية.", "2019-09-03"
    )
    assert [e["sub_event_type"] for e in events] == ["Attack"]


def test_a_gunman_and_civilians_joined_by_and_are_all_victims() -> None:
    events = events_of(
        "قتل مسلح ومدنيان الأحد في تبادل لإطلاق النار في مدينة مرسيليا الفرنسية.", "2019-09-03"
    )
    assert [e["fatalities"] for e in events] == [3]
    assert all(e["sub_event_type"] != "Attack" for e in events)


def test_a_festival_aimed_at_families_is_no_attack() -> None:
    events = events_of(
        "افتتح المحافظ أمس مهرجان الصيف في مدينة جدة، وتستمر فعالياته شهرا في أرجاء المدينة "
        "وتستهدف أفراد الأسرة صغارا وكبارا.",
        "2019-09-03",
    )
    assert events == []
