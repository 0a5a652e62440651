""""بن" / "ابن" + a name is a forebear's name inside a person's full name ("عبد الله بن
الزبير"), even when a well-known city bears that name; the city itself is still read."""

from __future__ import annotations

import pytest

import rasad


def _names(text: str) -> set[str]:
    return {p["name"] for p in rasad.extract(text, published="2018-05-01")["places"]}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "انفجرت سيارة مفخخة في شارع الثورة بدمشق قرب مدرسة عبد الله بن الزبير وقتل خمسة.",
            "Az Zubayr",
        ),
        ("أطلق مسلحون النار على مصلين أمام جامع عمر ابن الخطاب في الموصل.", "Al Khattab"),
        ("استهدف قصف مدفعي مسجد خالد بن الوليد في مدينة حمص.", "Al Walid"),
    ],
)
def test_a_name_after_son_of_is_no_place(text, city):
    names = _names(text)
    assert city not in names
    assert names  # the scene itself is still read


def test_the_city_told_without_son_of_is_read():
    names = _names("قتل ثلاثة أشخاص بانفجار عبوة ناسفة في مدينة الزبير جنوب البصرة.")
    assert "Az Zubayr" in names


def test_son_of_a_city_after_no_given_name_keeps_the_city():
    # "ابن البصرة": a native of Basra, not a forebear's name
    assert "Basra" in _names("قال المتحدث إنه ابن البصرة وعاش فيها طوال حياته.")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("وقال عبد الخليل نوري قائد شرطة المدينة إن الهجوم أوقع خمسة قتلى في قندز.", "Hebron"),
        ("أعلن عبد الرياض سالم مقتل جنديين في هجوم على حاجز قرب الموصل.", "Riyadh"),
    ],
)
def test_a_name_after_servant_of_is_a_person(text, city):
    # "عبد" (servant of) opens a theophoric name and never stands before a place
    names = _names(text)
    assert city not in names
    assert names
