"""A place that ends an official's title ("مدير أمن X", "محافظ X", "المشرف الأمني بمديرية X")
is the seat of the office, not where the event happened: role other, and the events stage
takes it only when the sentence tells no other place."""

from __future__ import annotations

import pytest

import rasad


def _extract(text: str) -> dict:
    return rasad.extract(text, published="2016-05-01")


def _roles(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in _extract(text)["places"]}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "وقال مدير عام مديرية شرطة محافظة العاصمة المنامة إن قنبلة انفجرت في قرية كرانة.",
            "Manama",
        ),
        ("قتل مسلحون المشرف الأمني بمديرية الحزم في هجوم على منزله بمدينة مأرب.", "Al Hazm"),
        ("وأكد محافظ عدن أن الانفجار وقع في مديرية التواهي.", "Aden"),
    ],
)
def test_place_in_an_officials_title_has_role_other(text, seat):
    assert _roles(text)[seat] == "other"


def test_another_place_told_is_the_scene_not_the_office_seat():
    d = _extract("اغتال مسلحون مدير أمن محافظة عدن بانفجار سيارة مفخخة في مديرية التواهي.")
    assert [e["location"] for e in d["events"]] == ["Attawahi"]


def test_the_office_seat_is_the_fallback_when_no_other_place_is_told():
    d = _extract("اغتال مسلحون محافظ عدن بانفجار سيارة مفخخة صباح اليوم.")
    assert [e["location"] for e in d["events"]] == ["Aden"]


def test_a_place_after_a_preposition_stays_the_scene():
    assert _roles("قتل مدير المدرسة في قصف على مدينة تعز.")["Ta'izz"] == "event_location"


@pytest.mark.parametrize(
    "text",
    [
        "قتل مدير أمن الإسماعيلية في انفجار عبوة ناسفة.",
        "قتل محافظ الإسماعيلية في انفجار عبوة ناسفة.",
        "أصيب مدير عام شرطة الإسماعيلية في انفجار.",
    ],
)
def test_a_common_word_name_after_a_title_is_the_office_seat(text):
    # "الإسماعيلية" is also an adjective: a title before it names the seat of the office
    assert _roles(text)["Ismailia"] == "other"


def test_a_matter_is_no_title():
    # "أمر" (a matter) shares its normalised form with the title "آمر"
    names = {p["name"] for p in _extract("وقال إن التعاون أمر ينبع من مصلحة مشتركة.")["places"]}
    assert "Yanbu" not in names
