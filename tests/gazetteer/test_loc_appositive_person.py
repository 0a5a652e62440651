"""A person's name between commas after his title ("وزير الخارجية الألماني، هايكو ماس،") is no
place even when its first word is a town's (Haikou, Amran); a list of places between commas,
with no title before it and no family name in it, stays (gazetteer/appositive_names.py)."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[dict]:
    return rasad.extract(text, published="2018-06-01")["places"]


def _mentions(text: str) -> set[str]:
    return {p["mention"] for p in _places(text)}


def test_a_minister_named_after_a_city_between_commas_is_no_place():
    found = _mentions("وانتقد وزير الخارجية الألماني، هايكو ماس، الخطوة الأمريكية بشدة.")
    assert "هايكو" not in found


def test_an_ambassador_named_imran_between_commas_is_no_place():
    found = _mentions("واستقبل السفير الإماراتي لدى الهند، عمران الشامسي، الوفد التجاري.")
    assert "عمران" not in found


def test_a_town_with_its_adjective_in_a_list_stays():
    found = _mentions("وشنت الطائرات غارات على مواقع في صعدة، عمران الجديدة، ومأرب.")
    assert "عمران" in found or "عمران الجديدة" in found


def test_a_list_of_towns_between_commas_stays():
    found = _mentions("وحلقت طائرة استطلاع فوق بلدات مرجعيون، حاصبيا، راشيا الوادي، وشبعا.")
    assert "حاصبيا" in found


def test_a_town_after_a_title_and_a_time_word_stays():
    found = _mentions("وغادر المبعوث الأممي، صنعاء أمس، متجها إلى الرياض.")
    assert "صنعاء" in found
