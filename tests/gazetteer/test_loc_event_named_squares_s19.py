"""Squares named after an event ("ميدان التحرير", "ساحة التحرير"): after "ساحة"/"ميدان" the
definite word names the square even though "التحرير" (the liberation) is no local name in
general (cues.yaml square_names); "ساحة تحرير X" (the battle to liberate X) names none."""

from __future__ import annotations

import rasad


def _local(text: str) -> set[str]:
    places = rasad.extract(text, published="2019-11-01")["places"]
    return {p["mention"] for p in places}


def test_a_square_in_the_centre_of_a_city():
    assert "ساحة التحرير" in _local("واحتشد مئات الطلبة في ساحة التحرير وسط بغداد أمس.")


def test_a_square_with_a_glued_city():
    assert "ميدان التحرير" in _local("ونظم أنصار الحزب وقفة في ميدان التحرير بالقاهرة.")


def test_the_liberation_of_a_city_is_no_square():
    found = _local("وقال القائد إن ساحة تحرير الرمادي شهدت معارك عنيفة.")
    assert not any("تحرير" in m for m in found)


def test_another_event_word_after_a_square_stays_no_name():
    found = _local("وتحولت ساحة المعركة قرب الفلوجة إلى ركام.")
    assert not any("المعركة" in m for m in found)


def test_a_square_named_after_the_dead():
    assert "ساحة الشهداء" in _local("وتجمع الأهالي في ساحة الشهداء وسط بيروت للتنديد بالغلاء.")


def test_the_dead_after_another_head_stay_no_name():
    found = _local("وارتفع عدد الشهداء في منطقة الشهداء قرب غزة.")
    assert "منطقة الشهداء" not in found


def test_a_square_before_a_listed_town_centre():
    # "وسط بيروت" is listed (Beirut Central District): its own first word links the square
    assert "ساحة رياض الصلح" in _local("واعتصم العشرات في ساحة رياض الصلح وسط بيروت مساء الأحد.")


def test_a_name_right_before_a_town_without_a_link_is_still_no_quarter():
    found = _local("ووصل الوفد إلى حي السلام بيروت بعد الظهر.")
    assert "حي السلام" not in found
