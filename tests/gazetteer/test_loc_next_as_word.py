""""المقبلة", "المقبل" (next, coming) are words, not the villages Al Muqbilah (Idlib, Aleppo)
and Al Maqbal (Yemen): "حملتها المقبلة في إدلب" was read as a village before Idlib."""

from __future__ import annotations

import rasad


def _mentions(text: str) -> list[str]:
    return [p["mention"] for p in rasad.extract(text, published="2018-09-03")["places"]]


def test_the_coming_campaign_in_idlib_names_only_idlib():
    text = "قال الوزير إن روسيا ستساعد الحكومة السورية في حملتها المقبلة في إدلب."
    assert "المقبلة" not in _mentions(text)
    assert "إدلب" in _mentions(text)


def test_next_week_in_a_yemeni_story_is_no_place():
    assert _mentions("صنعاء - ستعقد الانتخابات في الشهر المقبل في حجة.") == ["صنعاء", "حجة"]


def test_the_village_of_al_muqbilah_stays_a_place_after_a_place_noun():
    assert "المقبلة" in _mentions("قصفت الطائرات بلدة المقبلة في ريف إدلب الجنوبي.")
