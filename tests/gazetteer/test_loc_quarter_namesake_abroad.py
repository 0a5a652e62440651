"""A quarter named like a listed quarter of a city in another country is, when the text puts it
in a town far away in its own country, that town's quarter ("حي الميدان وسط القاهرة" is no
Damascus Midan; "حي التضامن في تونس" no Damascus Tadamon). The listed quarter stays when the
qualifier is its own city or lies in its country (gazetteer/unlisted.py ``_namesakes``)."""

from __future__ import annotations

import rasad


def _quarter(text: str, name: str) -> dict:
    places = rasad.extract(text, published="2018-06-01")["places"]
    found = [p for p in places if p["mention"].endswith(name)]
    assert found, places
    return found[0]


def test_a_cairo_quarter_named_like_a_damascus_one_is_in_cairo():
    p = _quarter("وقتل شخصان في مشاجرة في حي الميدان وسط القاهرة مساء أمس.", "الميدان")
    assert p["country"] == "EG"


def test_a_tunis_quarter_named_like_a_damascus_one_is_in_tunis():
    p = _quarter("وخرج مئات المحتجين ليلا في حي التضامن في تونس العاصمة.", "التضامن")
    assert p["country"] == "TN"


def test_the_damascus_quarter_with_its_own_city_stays():
    p = _quarter("وسقطت قذائف هاون على حي الميدان بدمشق صباح اليوم.", "الميدان")
    assert p["country"] == "SY" and p["name"] != "الميدان"


def test_the_damascus_quarter_with_a_bearing_stays():
    p = _quarter("ودارت اشتباكات عنيفة في حي التضامن جنوب دمشق.", "التضامن")
    assert p["country"] == "SY" and p["name"] != "التضامن"


def test_a_city_is_not_displaced_by_a_doubtful_qualifier():
    p = _quarter("ووقع انفجار قرب مقر حكومي بمدينة كسمايو الساحلية بإقليم جوبا السفلى.", "كسمايو")
    assert p["country"] == "SO"
