"""The object of an arrest verb must be people: goods held by an armed group are looted
(ACLED: Looting/property destruction), weapons held a disrupted weapon, contraband held a
police matter; a driver or a count of people held is still an arrest."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2018-05-18") -> list[tuple[str, str | None]]:
    return [
        (e["sub_event_type"], e.get("actor2"))
        for e in rasad.extract(text, published=published)["events"]
    ]


def _subs(text: str) -> list[str]:
    return [sub for sub, _ in _rows(text)]


def test_a_medicine_shipment_held_by_a_militia_is_looting() -> None:
    text = (
        "احتجزت ميليشيا الحوثي، في محافظة ذمار، من جديد، شحنة أدوية مخصصة لمرضى السرطان في "
        "مستشفى المدينة."
    )
    assert _subs(text) == ["Looting/property destruction"]


def test_ships_stopped_by_a_militia_are_looting() -> None:
    text = "وقامت ميليشيات الحوثي الخميس باحتجاز 5 سفن تحمل مواد غذائية قبالة ميناء الحديدة."
    assert _subs(text) == ["Looting/property destruction"]


def test_a_weapons_shipment_held_by_the_police_is_a_disrupted_weapon() -> None:
    text = "احتجزت قوات الأمن مساء الأربعاء شحنة أسلحة وذخائر في ميناء عدن."
    assert _subs(text) == ["Disrupted weapons use"]


def test_a_drugs_shipment_held_is_no_event() -> None:
    text = "احتجزت الشرطة الأربعاء شحنة مخدرات كبيرة في ميناء طرابلس."
    assert _subs(text) == []


def test_a_lorry_driver_held_is_still_an_arrest() -> None:
    text = "اعتقلت الشرطة الأربعاء سائق شاحنة في مدينة طرابلس."
    assert _subs(text) == ["Arrests"]


def test_two_men_held_in_a_car_are_still_an_arrest() -> None:
    text = "وقالت الشرطة إنه تم اعتقال اثنين كانا يستقلان السيارة في مدينة طرابلس الأربعاء."
    assert _subs(text) == ["Arrests"]


def test_men_held_on_a_weapons_charge_are_still_an_arrest() -> None:
    text = "واحتجزت الشرطة مطلقي النار للاشتباه في حيازتهما أسلحة في مدينة طرابلس الأربعاء."
    assert _subs(text) == ["Arrests"]
