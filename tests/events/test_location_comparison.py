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


def test_a_place_of_the_earlier_event_since_which_is_no_scene():
    # the only town named is that of the earlier attack the blast is measured against
    text = (
        "قتل عشرون شخصا بانفجار عبوة ناسفة خلال جنازة. والتفجير هو الأعنف في العراق منذ"
        " الهجوم الذي أوقع 40 قتيلا في مدينة الموصل."
    )
    assert "Mosul" not in _locations(text)


def test_since_a_time_keeps_the_place_a_scene():
    text = "تدور اشتباكات عنيفة منذ الصباح في مدينة الموصل بين الجيش ومسلحي داعش."
    assert _locations(text) == ["Mosul"]


def test_a_bare_likening_lends_the_act_no_place():
    # "على غرار" and "يشبه" compare whatever follows, an act noun as well as "ما جرى"
    for tail in ("على غرار هجوم سابق في مدينة إنخل.",
                 "في هجوم يشبه الهجوم الذي استهدف حاجزا في مدينة إنخل الشهر الماضي."):
        text = (
            "تشهد مدينة طفس توترا أمنيا متصاعدا منذ أسابيع. وقتل جنديان في هجوم على حاجز"
            " للجيش فجر اليوم، " + tail
        )
        assert "Inkhil" not in _locations(text), tail


def test_a_similar_act_at_another_place_is_told_there():
    # "مماثل" alone does not compare: "في هجوم مماثل في إنخل" is a second act, in Inkhil
    text = (
        "تشهد مدينة طفس توترا أمنيا متصاعدا منذ أسابيع. وقتل جنديان في هجوم مماثل على حاجز"
        " للجيش في مدينة إنخل فجر اليوم."
    )
    assert _locations(text) == ["Inkhil"]
