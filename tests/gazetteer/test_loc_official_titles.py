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


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # a title tied to its body ("لمليشيا الحوثي") or its charge ("عن التجنيد") before "في"
        ("نعت الجماعة المسؤول الأمني لمليشيا الحوثي في مديرية العدين بعد مقتله.", "Al Udayn"),
        ("لقي القيادي المسئول عن التجنيد في مديرية العدين حتفه بغارة جوية.", "Al Udayn"),
    ],
)
def test_place_of_an_office_told_after_fi_has_role_other(text, seat):
    assert _roles(text)[seat] == "other"


def test_the_scene_of_an_act_against_a_tied_title_is_the_place_told_apart():
    d = _extract(
        "لقي القيادي الحوثي المسؤول عن التجنيد في مديرية العدين حتفه بغارة جوية في صنعاء."
    )
    assert [e["location"] for e in d["events"]] == ["Sana'a"]


def test_an_act_told_between_the_title_and_the_place_leaves_the_place_the_scene():
    # "في هجوم في مديرية …": the place is where the attack was, no longer the office's
    roles = _roles(
        "قتل المسؤول الأمني لمليشيا الحوثي في هجوم مسلح في مديرية العدين صباح اليوم."
    )
    assert roles["Al Udayn"] == "event_location"


def test_a_day_after_a_title_word_makes_a_clause_told_at_the_place():
    # "مشرف" is a title word and a surname: "قال مشرف للصحفيين السبت في دبي" is said there
    roles = _roles("وقال مشرف للصحفيين السبت في دبي إنه لا يخشى الاغتيال رغم التهديدات.")
    assert roles["Dubai"] == "event_location"
