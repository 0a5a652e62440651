"""A place name that is also a frequent word ("السفيرة": Safira, and "the ambassador"),
followed by the adjective of a country that has no place of that name, is the word: "السفيرة
الأميركية" is the American ambassador. The place keeps its own country's adjective."""

from __future__ import annotations

import rasad


def _mentions(text: str) -> list[str]:
    return [p["mention"] for p in rasad.extract(text, published="2015-05-01")["places"]]


def test_a_frequent_word_before_another_country_adjective_is_no_place():
    assert "السفيرة" not in _mentions("التقى الوزير السفيرة الأميركية أمس.")
    assert "السفيرة" not in _mentions("استقبل الرئيس السفيرة البريطانية في مكتبه.")


def test_the_place_with_its_own_country_adjective_stays():
    assert "السفيرة" in _mentions("قصف الطيران بلدة السفيرة السورية.")
