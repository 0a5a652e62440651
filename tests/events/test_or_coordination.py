"""A verbal noun joined by "أو" to one that is no event shares its reading: "تورطهم في عمليات
خطف أو اغتصاب" is a charge, "لم تقع أي اشتباكات أو اعتقالات" a denial, both halves alike."""

from __future__ import annotations

import rasad


def _types(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2016-05-02")["events"]]


def test_both_crimes_of_a_charge_joined_by_or_are_no_event():
    text = (
        "وأعلنت وزارة العدل الإفراج عن عشرات الموقوفين في مدينة سبها ممن لم يثبت تورطهم في "
        "عمليات خطف أو اغتصاب."
    )
    assert _types(text) == []


def test_a_denied_clash_or_arrest_is_no_event():
    text = (
        "وقال متحدث باسم الشرطة إن القوات أخلت المبنى في مدينة الخليل ولم تقع أي مواجهات "
        "أو اعتقالات."
    )
    assert _types(text) == []


def test_an_act_told_with_its_means_in_doubt_stays():
    text = "وقتل ثلاثة مدنيين اليوم الاثنين في انفجار لغم أو قذيفة قرب مدينة درعا."
    assert len(_types(text)) == 1
