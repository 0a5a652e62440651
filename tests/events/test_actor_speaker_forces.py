"""A state body that calls the doers its own forces ("قالت الحكومة العراقية إن قواتها …")
names the country's state forces as actor1, though the dictionary has no name for the body. A
battle told by the interior or defence ministry, or the military sources, of its own country
with only the armed group named has that body's forces as the other side."""

from __future__ import annotations

import pytest

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2016-04-12")["events"]


@pytest.mark.parametrize(
    "text",
    [
        "قالت الحكومة العراقية إن قواتها قتلت أربعة من عناصر تنظيم داعش قرب مدينة هيت غرب "
        "الأنبار أمس.",
        "وقالت وزارة الدفاع العراقية في بيان إن قواتها قتلت سبعة مسلحين في قضاء الحويجة "
        "بمحافظة كركوك.",
    ],
)
def test_a_governments_own_forces_are_its_army(text: str) -> None:
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == "Military Forces of Iraq (2014-2018)"


def test_the_interior_ministrys_own_forces_are_its_police() -> None:
    text = (
        "وقالت وزارة الداخلية العراقية إن قواتها اعتقلت خمسة مطلوبين في قضاء الحويجة بمحافظة كركوك."
    )
    arrests = [e for e in _events(text) if e["sub_event_type"] == "Arrests"]
    assert arrests, "no arrest read"
    assert arrests[0]["actor1"] == "Police Forces of Iraq (2014-2018)"


def test_a_speaker_of_no_state_is_not_read_as_a_state() -> None:
    text = "وقال قائد ميداني في المقاومة إن قواته قصفت مواقع للحوثيين في مدينة تعز أمس."
    events = _events(text)
    assert events, "no event read"
    for e in events:
        assert not (e["actor1"] or "").startswith("Military Forces of Yemen (2012")


def _battle_sides(text: str, published: str = "2016-04-12") -> set:
    events = rasad.extract(text, published=published)["events"]
    assert events, "no event read"
    assert events[0]["event_type"] == "Battles"
    return {events[0]["actor1"], events[0]["actor2"]}


def test_the_interior_ministry_fights_the_gunmen_it_reports_dead_as_police() -> None:
    text = "أعلنت وزارة الداخلية المصرية مقتل ستة مسلحين في تبادل لإطلاق النار قرب مدينة العريش."
    assert _battle_sides(text) == {"Unidentified Armed Group (Egypt)", "Police Forces of Egypt"}


def test_the_defence_ministrys_spokesman_tells_of_the_armys_fight() -> None:
    text = (
        "قال المتحدث باسم وزارة الدفاع الأفغانية إن 15 من مسلحي طالبان قتلوا في اشتباكات "
        "بولاية قندهار."
    )
    assert _battle_sides(text) == {"Taliban", "Military Forces of Afghanistan"}


def test_military_sources_with_their_countrys_adjective_are_its_army() -> None:
    text = "أفادت مصادر عسكرية يمنية بمقتل عشرين من الحوثيين في مواجهات بمديرية صرواح."
    sides = _battle_sides(text, published="2018-05-02")
    assert sides == {
        "Military Forces of Yemen (2017-) Houthi",
        "Military Forces of Yemen (2012-2022)",
    }


def test_another_countrys_ministry_or_a_health_ministry_names_no_side() -> None:
    russian = "أعلنت وزارة الدفاع الروسية مقتل ثلاثين مسلحا من جبهة النصرة في اشتباكات بريف حماة."
    assert None in _battle_sides(russian)
    health = "قالت وزارة الصحة الأفغانية إن 15 من مسلحي طالبان قتلوا في اشتباكات بولاية قندهار."
    assert None in _battle_sides(health)
