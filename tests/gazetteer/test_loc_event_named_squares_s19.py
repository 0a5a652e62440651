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
