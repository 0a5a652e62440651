""""مديرية الشرطة" is the police directorate, not a district named "الشرطة": after a place
noun, police is never a place name (as security, "الأمن", already was not).
"""

from __future__ import annotations

import rasad


def _places(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in rasad.extract(text, published="2015-08-01")["places"]}


def test_a_police_directorate_is_no_place():
    d = rasad.extract("هاجم مسلحون مبنى مديرية الشرطة في مدينة العريش أمس.", published="2015-08-01")
    assert all("شرط" not in (p.get("name") or "") for p in d["places"])
    assert [e["location"] for e in d["events"]] == ["Arish"]


def test_an_indefinite_police_directorate_is_no_place():
    places = _places("قال مدير عام مديرية شرطة محافظة العاصمة المنامة إن دورية تعرضت لهجوم.")
    assert all("شرط" not in name for name in places)
