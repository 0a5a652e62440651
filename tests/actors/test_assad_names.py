"""The Syrian army named with the president's full name ("قوات بشار الأسد", "قوات الرئيس بشار
الأسد") or as the forces loyal to him is the Syrian state force, before the regime's fall."""

from __future__ import annotations

import pytest

import rasad

SYRIA = "Military Forces of Syria (2000-2024)"


@pytest.mark.parametrize(
    "name",
    ["قوات بشار الأسد", "قوات نظام بشار الأسد", "جيش بشار الأسد", "قوات الرئيس بشار الأسد",
     "القوات الموالية للنظام", "القوات الموالية للرئيس السوري بشار الأسد"],
)
def test_the_full_name_of_the_president_names_the_army(name: str) -> None:
    text = f"قصفت {name} أحياء حمص القديمة أمس."
    actors = rasad.extract(text, published="2018-02-10")["actors"]
    assert [a["canonical"] for a in actors if a["mention"] == name] == [SYRIA]


def test_a_shelling_by_the_forces_of_bashar_al_assad_has_them_as_actor1() -> None:
    text = "كثفت قوات بشار الأسد قصفها ليلا على أحياء حمص القديمة."
    events = rasad.extract(text, published="2013-02-16")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == SYRIA
