"""A place named in a comparison clause ("كما حدث في حلب", "على غرار ما جرى في الموصل") is
the place compared with, not the scene of the act the sentence tells."""

from __future__ import annotations

import rasad


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in rasad.extract(text, published="2018-05-01")["events"]]


def test_a_blast_is_not_placed_in_the_city_it_is_likened_to():
    text = (
        "شهدت مدينة كركوك توترا أمنيا. وانفجرت سيارة مفخخة أمام مسجد وسط السوق، على غرار"
        " ما جرى في مدينة الموصل قبل عامين، ما أدى إلى مقتل سبعة أشخاص."
    )
    assert _locations(text) == ["Kirkuk"]


def test_a_comparison_told_before_the_act_lends_it_no_place():
    text = (
        "قتل خمسة مدنيين في قصف جوي على بلدة سراقب بريف إدلب. وكما حدث في مدينة حلب العام"
        " الماضي، استهدفت الغارات سوقا شعبيا مكتظا بالمتسوقين."
    )
    locations = _locations(text)
    assert "Aleppo" not in locations and "Saraqib" in locations


def test_the_scene_told_before_the_comparison_stays_the_scene():
    text = "قالت الشرطة إن مسلحين هاجموا حاجزا أمنيا في مدينة العريش، كما حدث في رفح من قبل."
    assert _locations(text) == ["Arish"]
