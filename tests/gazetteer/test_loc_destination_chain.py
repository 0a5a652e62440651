""" "في X" closing "إلى <place noun> …" locates where people went: "نقل المسلحون إلى مناطق
تسيطر عليها الفصائل في إدلب" makes Idlib a destination; a noun of result ("أدى إلى مقتل")
or something spreading ("امتدت الاشتباكات إلى مناطق في …") leaves the scene a scene."""

from __future__ import annotations

import rasad


def _role(text: str, mention: str) -> str:
    places = rasad.extract(text, published="2018-03-25")["places"]
    return next(p["role"] for p in places if mention in p["mention"])


def test_areas_held_by_the_opposition_in_idlib_are_a_destination():
    text = "خرج مئات المسلحين مع عائلاتهم من الحي ونقلوا إلى مناطق تسيطر عليها الفصائل في إدلب."
    assert _role(text, "إدلب") == "destination"


def test_camps_in_the_countryside_are_a_destination():
    text = "فر آلاف المدنيين من القصف إلى مخيمات في ريف حلب الشمالي."
    assert _role(text, "حلب") == "destination"


def test_a_result_after_ila_leaves_the_scene():
    text = "أدى القصف إلى مقتل خمسة مدنيين في إدلب صباح اليوم."
    assert _role(text, "إدلب") == "event_location"


def test_fighting_spreading_to_areas_is_a_scene():
    text = "امتدت الاشتباكات إلى مناطق في إدلب وقتل فيها عشرة مسلحين."
    assert _role(text, "إدلب") == "event_location"


def test_in_addition_to_a_base_is_no_destination():
    text = "نشرت فرنسا ألف جندي في مالي، بالإضافة إلى قاعدة أخرى في نجامينا."
    assert _role(text, "نجامينا") != "destination"


def test_seeking_a_state_is_no_destination():
    text = "قال القيادي إن الأكراد يسعون إلى دولة اتحادية في سوريا."
    assert _role(text, "سوريا") != "destination"
