"""A purely administrative place noun names the unit: "بمحافظة بابل جنوب بغداد" is the Babil
governorate, not Baghdad's Babil quarter that the qualifier "جنوب بغداد" would favour. Without
the noun the qualifier still decides."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str, str]]:
    out = rasad.extract(text, published="2019-03-10")["places"]
    return [(p["mention"], p["feature_code"], p["admin1"] or "") for p in out]


def test_governorate_noun_names_the_governorate():
    places = _places("قتل شرطيان في هجوم مسلح على نقطة تفتيش بمحافظة بابل جنوب بغداد.")
    assert ("بابل", "ADM1", "Babylon") in places


def test_without_the_noun_the_qualifier_decides():
    places = _places("انفجرت عبوة ناسفة في حي بابل جنوب بغداد دون إصابات.")
    assert not any(code == "ADM1" and admin1 == "Babylon" for _, code, admin1 in places)
