"""Quarters and streets named after a person with a title ("حي الشيخ مقصود في حلب", "شارع
الملك فيصل وسط الرياض") are local names (cues.yaml quarter_name_titles); a title alone after
a generic head, or a person's title after a region, makes none."""

from __future__ import annotations

import rasad


def _local(text: str) -> set[str]:
    places = rasad.extract(text, published="2018-06-01")["places"]
    return {p["mention"] for p in places}


def test_a_quarter_named_after_a_sheikh():
    assert "الشيخ مقصود" in _local("وقصفت المدفعية حي الشيخ مقصود في مدينة حلب.")
    assert "الشيخ جراح" in _local("واعتقلت الشرطة شابين في حي الشيخ جراح في القدس.")


def test_a_street_named_after_a_king():
    assert "شارع الملك فيصل" in _local("وانفجرت سيارة في شارع الملك فيصل وسط الرياض.")


def test_a_title_alone_is_no_name():
    assert _local("وتحدث الناس عن الشيخ في منطقة الشيخ بالرياض.") == {"الرياض"}


def test_a_governor_title_after_a_region_is_no_place():
    found = _local("والتقى أمير منطقة الرياض الأمير فيصل في مدينة الرياض.")
    assert not any("فيصل" in m for m in found)
