"""Place names that are also frequent words: "التعزية" (condolence; the Taizz district
At-Ta'iziyah) is a place only after a locative or a place noun, and "الطبقة" (Tabqa) followed
by a class adjective ("الطبقة الوسطى") is a social class."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2018-06-01")["places"]]


def test_condolence_is_no_district():
    text = "وبعث الوزير برقية بالتعزية إلى أسر الضحايا الذين سقطوا في انفجار بمدينة عدن."
    assert "At Ta'iziyah" not in _names(text)


def test_the_district_after_a_place_noun_or_a_locative_stays():
    assert "At Ta'iziyah" in _names("قتل جنديان في هجوم على موقع في مديرية التعزية.")
    assert "At Ta'iziyah" in _names("اندلعت مواجهات عنيفة في التعزية شرق تعز.")


def test_a_social_class_is_no_tabqa():
    # after a preposition that could also lead to a place ("إلى الطبقة", "في الطبقة")
    assert _names("ينتمي أغلب الموقعين على العريضة إلى الطبقة الوسطى.") == []
    assert _names("تحدث الكاتب عن الفساد في الطبقة السياسية.") == []


def test_tabqa_as_a_place_stays():
    assert _names("سيطرت قوات سوريا الديمقراطية على مدينة الطبقة.") != []
