"""العيون of al-Ahsa (Saudi Arabia) is a town of its own: in a Saudi story it is not Laayoune,
which stays the reading in a story about Western Sahara or Morocco."""

from __future__ import annotations

import pytest

from .conftest import run_places


def _countries(text):
    return {t: s.value.country for t, s in run_places(text, None)}


def test_uyun_in_al_ahsa_is_the_saudi_town():
    text = "افتتح مستشفى مدينة العيون بالأحساء قسما جديدا للطوارئ."
    assert _countries(text)["العيون"] == "SA"


def test_laayoune_stays_in_western_sahara():
    text = "تظاهر العشرات في مدينة العيون كبرى مدن الصحراء الغربية."
    assert _countries(text)["العيون"] == "EH"


def test_the_eyes_are_no_town():
    # "العيون" is also "the eyes": without a preposition or place noun it names no place
    text = "وحذرت الجمعية السعودية لطب العيون في الرياض من الألعاب النارية."
    assert "العيون" not in {t for t, _ in run_places(text, None)}


def test_a_frequent_word_going_on_with_a_definite_word_is_the_word():
    # "العيون الساهرة" (the watchful eyes), even after "إلى", names no town
    text = "وقال مواطنون إن العملية تضاف إلى نجاحات الأجهزة الأمنية وإلى العيون الساهرة."
    assert "العيون" not in {t for t, _ in run_places(text, None)}
    text = "وقال مواطنون إن المسلحين انسحبوا إلى العيون بعد الاشتباكات في الأحساء."
    assert "العيون" in {t for t, _ in run_places(text, None)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وجرفت السيول في منطقة دلاغة بمحافظة معان الرجل المسن.", "معان"),
        ("والتقى القائد في مأرب مع محافظ البيضاء المعين حديثا.", "البيضاء"),
        ("وهو ابن أخي مشرف المديرية في حجة الشيخ علي فضائل.", "حجة"),
    ],
)
def test_a_named_town_before_a_definite_word_stays(text, place):
    assert place in {t for t, _ in run_places(text, None)}
