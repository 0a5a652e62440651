"""A part of a force named with "من" ("قوات من الجيش الوطني", "وحدة من الجيش") is that force
acting, not a side something was taken from."""

from __future__ import annotations

import rasad

YEMEN = "Military Forces of Yemen (2012-2022)"


def _events(text: str, published: str) -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_forces_of_the_army_take_a_hill_and_the_government_regains_it() -> None:
    text = (
        "تعز - قالت مصادر ميدانية إن قوات من الجيش الوطني أحكمت سيطرتها على تبة الخزان"
        " شرق مدينة تعز أمس."
    )
    taken = [e for e in _events(text, "2017-02-12") if e["sub_event_type"].endswith("territory")]
    assert taken, "no territory event read"
    assert taken[0]["actor1"] == YEMEN
    assert taken[0]["sub_event_type"] == "Government regains territory"


def test_a_hill_taken_from_the_army_keeps_the_army_as_the_loser() -> None:
    # near miss: "من" after the place, no force word before it: the army lost the hill
    text = (
        "تعز - قالت مصادر ميدانية إن ميليشيات الحوثي سيطرت على تبة الخزان شرق مدينة تعز"
        " من الجيش الوطني أمس."
    )
    taken = [e for e in _events(text, "2017-02-12") if e["sub_event_type"].endswith("territory")]
    assert taken, "no territory event read"
    assert taken[0]["actor1"] != YEMEN
    assert taken[0]["actor2"] == YEMEN


def test_a_unit_of_the_army_strikes_a_workshop() -> None:
    text = (
        "حلب - قالت وكالة الأنباء الرسمية إن وحدة من الجيش استهدفت مقرا للمسلحين"
        " في ريف حلب الشمالي أمس."
    )
    events = _events(text, "2013-03-06")
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Syria (2000-2024)"
