"""Israeli localities and West Bank settlements that Arabic news names after "مستوطنة"
(overlay rows, feature code STLMT; a name other places share is listed only with its noun):
"مستوطنة المطلة" is Metula on the Lebanese border, not a hamlet called المطلة in Lebanon or
Syria; the village after "قرية" stays the village, and the given name Ariel ("أرئيل شارون") is
no settlement."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str]]:
    out = rasad.extract(text, published="2023-11-01")["places"]
    return [(p["name"], p["country"]) for p in out]


def test_metula_after_the_settlement_noun():
    places = _places("أعلن حزب الله أنه استهدف تجمعا لجنود الاحتلال في مستوطنة المطلة بالصواريخ.")
    assert ("Metula", "IL") in places
    assert not any(c in ("LB", "SY") for _, c in places)


def test_border_kibbutz_and_west_bank_settlement():
    assert ("Shlomi", "IL") in _places("سقطت صواريخ على مستوطنة شلومي في الجليل الغربي.")
    assert ("Yitzhar", "PS") in _places("هاجم مستوطنون من مستوطنة يتسهار منازل في قرية بورين.")


def test_the_village_after_a_village_noun_stays():
    assert ("Al Matallah", "SY") in _places("قصفت القوات الحكومية قرية المطلة في ريف درعا.")


def test_ariel_sharon_is_no_settlement():
    assert _places("تحدث الكاتب عن سياسة أرئيل شارون تجاه الفلسطينيين.") == []
