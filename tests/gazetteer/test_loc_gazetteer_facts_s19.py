"""Gazetteer facts: El Khiam is the south Lebanon town the bare name means in the news (not a
Yemeni hamlet); "غواتيمالا سيتي", "كيبك سيتي" are capitals' and cities' transliterated names, not
the country or nothing; Salwa, the Saudi town on the Qatar border, is a place after a place
noun, while "سلوى" the woman's name is none (resources/gazetteer/fixes.tsv, overlay_places.tsv,
not_places.tsv)."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[dict]:
    return rasad.extract(text, published="2018-06-01")["places"]


def _named(text: str, mention: str) -> list[dict]:
    return [p for p in _places(text) if p["mention"] == mention]


def test_bare_khiam_is_the_south_lebanon_town():
    found = _named("وقصفت المدفعية الإسرائيلية أطراف بلدة الخيام فجر اليوم.", "الخيام")
    assert found and found[0]["country"] == "LB" and found[0]["lat"] < 33.4


def test_khiam_with_a_yemeni_qualifier_stays_in_yemen():
    found = _named("وشنت طائرات التحالف غارات على منطقة الخيام بمديرية سحار في صعدة.", "الخيام")
    assert found and found[0]["country"] == "YE"


def test_guatemala_city_is_the_capital_not_the_country():
    found = _named("وضرب زلزال على بعد 40 كيلومترا من غواتيمالا سيتي مساء الأحد.", "غواتيمالا سيتي")
    assert found and found[0]["feature_code"] == "PPLC"


def test_guatemala_alone_stays_the_country():
    found = _named("واعترفت غواتيمالا بالقدس عاصمة لإسرائيل.", "غواتيمالا")
    assert found and found[0]["feature_code"] == "PCLI"


def test_quebec_city_is_the_city():
    found = _named("وقتل مسلح ستة مصلين في مسجد بكيبك سيتي في يناير الماضي.", "كيبك سيتي")
    assert found and found[0]["country"] == "CA"


def test_salwa_after_a_place_noun_is_the_saudi_town():
    found = _named("ووصلت الشاحنات إلى مدينة سلوى الحدودية مع قطر.", "سلوى")
    assert found and found[0]["country"] == "SA"


def test_salwa_the_actress_is_no_place():
    assert not _named("وأصيبت الفنانة سلوى خطاب أثناء تصوير مسلسلها في القاهرة.", "سلوى")
