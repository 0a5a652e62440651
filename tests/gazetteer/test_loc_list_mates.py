"""A small village read in a list whose better-known towns all lie in another governorate, far
from it, is a homonym of a local place the index lacks: a writer lists places of one area.
The two ends of a road or front "بين X وY" may lie far apart and prove nothing."""

from __future__ import annotations

import rasad


def _names(text: str) -> set[str]:
    return {p["name"] for p in rasad.extract(text, published="2018-06-24")["places"]}


def test_a_village_far_from_its_list_mates_is_dropped():
    names = _names(
        "وأفاد بيان للجيش بأن قواته المرابطة في جبهة السحر وطور الباحة تمكنت من تحرير عدد من"
        " المناطق جنوب مديرية القبيطة."
    )
    assert "As Sahr" not in names
    assert "Tawr al Bahah" in names


def test_the_far_namesake_no_longer_places_the_event():
    text = (
        "قالت مصادر عسكرية إن قوات الجيش المرابطة في جبهة السحر وطور الباحة حررت عدة مواقع"
        " من قبضة الحوثيين، السبت."
    )
    locations = {e["location"] for e in rasad.extract(text, published="2018-06-24")["events"]}
    assert "As Sahr" not in locations


def test_the_ends_of_a_road_between_two_places_are_kept():
    names = _names(
        "تمكنت قوات الجيش من تحرير الجبال المطلة على الطريق الرابط بين خط صعدة ومنطقة المزرق."
    )
    assert "Al Mazraq" in names
