"""Turkish provinces the built index lacks in Arabic (world_admin1.tsv): a story naming them,
quoted or not, is placed at the province's capital, in Turkey."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str]]:
    places = rasad.extract(text, published="2024-08-01")["places"]
    return [(p["name"], p["country"]) for p in places]


def test_quoted_provinces_after_a_province_noun():
    text = (
        'اشتعلت حرائق غابات في ولايتي "مانيسا، باليكسير" غرب تركيا، '
        'وفي ولاية "أديرنة" على الحدود مع اليونان.'
    )
    places = _places(text)
    for name in ("Manisa", "Balikesir", "Edirne"):
        assert (name, "TR") in places


def test_provinces_named_bare():
    places = _places("أعلنت السلطات إجلاء سكان قرى في موغلا وإسكي شهير بسبب الحرائق.")
    assert ("Mugla", "TR") in places and ("Eskisehir", "TR") in places


def test_a_common_adjective_is_no_province():
    # "موغلة في الغموض" (steeped in mystery) is the adjective, not Muğla
    places = _places("روى الفيلم قصة موغلة في الغموض. وقتل رجل في موغلا التركية.")
    assert places == [("Mugla", "TR")]


def test_la_masia_is_no_amasya():
    # "لاماسيا" (Barcelona's academy) reads as ل + "أماسيا"
    assert _places("تخرج اللاعب من أكاديمية «لاماسيا» التابعة للنادي الكتالوني.") == []
