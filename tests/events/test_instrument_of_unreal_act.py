"""A weapon after "بـ" shortly after a verbal noun is what that act is done with."""

from __future__ import annotations

from tests.events.helpers import events_of, run


def test_weapon_of_an_ongoing_shelling_is_no_act() -> None:
    events = events_of(
        "وتتعرض مناطق سورية عديدة منها حلب وإدلب منذ فترة إلى قصف بالطيران الحربي إضافة إلى "
        "قصف بصواريخ أرض أرض تحدث دمارا واسعا.",
        "2013-03-01",
    )
    assert events == []


def test_weapon_of_a_threatened_shelling_is_threatened() -> None:
    doc = run("وهدد الحوثيون بقصف مواقع الجيش بالصواريخ في مأرب.")
    assert list(doc.events) == []


def test_weapon_of_a_shelling_done_is_kept() -> None:
    doc = run("وقصفت قوات النظام مدينة إدلب بالصواريخ صباح اليوم.")
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]
