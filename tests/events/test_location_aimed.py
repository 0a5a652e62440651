"""A launched weapon is coded where it was aimed, not where it was launched from: "أطلق
الحوثيون صاروخا من صعدة باتجاه جازان" is a missile attack on Jizan. A place reached by "إلى"
(where the wounded were taken) does not take the scene from the place that was hit."""

from __future__ import annotations

import rasad


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in rasad.extract(text, published="2018-06-17")["events"]]


def test_a_missile_launched_towards_a_city_is_placed_there():
    assert _locations("أطلق الحوثيون صاروخا باليستيا من صعدة باتجاه جازان.") == ["Jizan"]


def test_an_interception_is_placed_where_the_missile_was_aimed():
    text = "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون من صعدة باتجاه جازان."
    assert _locations(text) == ["Jizan"]


def test_where_the_wounded_were_taken_is_not_the_scene():
    text = "قصف الحوثيون معسكرا شرق مدينة قعطبة وأسعف الجرحى إلى مدينة دمت."
    assert "Hammam Damt" not in _locations(text)


# The place a weapon was fired from is no scene, even when the sentence names no other place
# (the event then takes the place the article told it was aimed at), and neither is the area
# that locates the launch point.


def test_a_launch_point_alone_in_its_sentence_gives_way_to_the_target_told_before():
    text = (
        "اعترض الدفاع الجوي صاروخا باليستيا أطلقته ميليشيا الحوثي باتجاه مدينة جيزان.\n"
        "وقال المتحدث إن الدفاعات رصدت إطلاق الصاروخ من (مدينة صعدة) باتجاه أراضي المملكة."
    )
    assert "Sa'dah" not in _locations(text)


def test_rockets_fired_from_gaza_on_southern_israel_are_placed_in_israel():
    text = "سقط صاروخان أطلقا من قطاع غزة، الخميس، على بلدة في جنوب إسرائيل."
    [event] = rasad.extract(text, published="2018-06-17")["events"]
    assert event["location"] == "Israel"
    # the unnamed group that fired them is still a group of the place they came from
    assert event["actor1"] == "Unidentified Armed Group (Palestine)"


def test_the_area_locating_the_launch_point_is_no_scene_either():
    text = (
        "قال ناشطون إن مدينة حلب تعرضت للقصف.\n"
        "وأطلقت قوات النظام السوري صاروخ سكود من بلدة المراح في ريف دمشق باتجاه الشمال."
    )
    assert _locations(text) == ["Aleppo"]


def test_a_place_after_from_without_a_launch_is_still_the_scene():
    text = "قصفت المدفعية مواقع المسلحين قرب مدينة صعدة، وقتل ثلاثة من سكان صعدة."
    assert _locations(text) == ["Sa'dah"]


def test_a_province_told_between_from_and_the_aim_word_is_the_launch_area():
    text = (
        "اعترض الدفاع الجوي صاروخا باليستيا فوق مدينة نجران.\n"
        "ورصدت الدفاعات إطلاق الصاروخ من داخل الأراضي اليمنية (شمال محافظة عمران) "
        "باتجاه أراضي المملكة."
    )
    assert "Amran" not in _locations(text)


def test_shelling_from_the_firers_own_positions_is_placed_where_it_fell():
    text = (
        "قتل مدني في قصف مدفعي للحوثيين استهدف الأحياء السكنية في مدينة حيس.\n"
        "وأفادت مصادر أن المتمردين كثفوا قصف المدينة من مواقعهم في الجراحي."
    )
    assert _locations(text) == ["Hays"]


def test_a_partitive_position_names_the_target_not_the_firers():
    text = "قصفت المدفعية موقعا من مواقع الحوثيين في الجراحي."
    assert _locations(text) == ["Al Jarrahi"]
