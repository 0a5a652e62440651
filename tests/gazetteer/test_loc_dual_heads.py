"""A dual place noun ("محافظتي", "محافظتا", "مدينتي") heads two names: the name after "و"
takes the noun as the first does, so "محافظتي حلب وإدلب" names two governorates, not the
governorate of Aleppo and the city of Idlib."""

from __future__ import annotations

import pytest

import rasad


def _places(text: str) -> dict[str, dict]:
    return {p["mention"]: p for p in rasad.extract(text, published="2016-05-01")["places"]}


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات محافظتي حلب وإدلب أمس.",  # genitive
        "تعرضت محافظتا حلب وإدلب لقصف عنيف أمس.",  # nominative
    ],
)
def test_the_second_name_of_a_dual_governorate_is_a_governorate(text):
    places = _places(text)
    assert places["حلب"]["feature_code"] == "ADM1"
    assert places["إدلب"]["feature_code"] == "ADM1"


def test_a_common_word_second_after_a_dual_is_a_name():
    # "إب" is also a word ("father"): the dual vouches for it as for "تعز"
    places = _places("تشهد محافظتا تعز وإب معارك عنيفة.")
    assert places["إب"]["feature_code"] == "ADM1"
    assert places["تعز"]["feature_code"] == "ADM1"


def test_a_singular_noun_heads_only_its_own_name():
    places = _places("قصفت الطائرات محافظة حلب وإدلب أمس.")
    assert places["حلب"]["feature_code"] == "ADM1"
    assert places["إدلب"]["feature_code"] != "ADM1"


def test_a_dual_of_a_noun_of_any_place_heads_both_names():
    # "الزهراء" is also a word: after "و" alone it is a list member only if vouched for
    places = _places("استهدفت الفصائل ثكنات الجيش في معسكري نبل والزهراء بالصواريخ.")
    assert {"نبل", "الزهراء"} <= set(places)
