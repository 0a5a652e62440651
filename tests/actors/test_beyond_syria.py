"""Actors outside Syria: generic names take the country of the event, unnamed armed men are
ACLED's unidentified armed group, country adjectives name a country's force."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.actors import find_actors
from rasad.actors.dictionary import actor_info, default_lexicon
from rasad.document import Place, Span

D = dt.date(2018, 5, 21)


def names(text: str, on: dt.date = D, places: tuple[Span, ...] = ()) -> list[str]:
    return [s.kb_id for s in find_actors(text, published=on, places=places)]


def place(text: str, word: str, iso: str, role: str = "event_location") -> Span:
    start = text.index(word)
    value = Place(name=word, name_ar=word, geonameid=None, lat=0.0, lon=0.0, country=iso,
                  admin1=None, admin2=None, feature_code="PPL", role=role)
    return Span(start, start + len(word), "PLACE", value=value)


def test_generic_names_take_the_country_of_an_event_place_outside_the_listed_countries():
    text = "قالت الشرطة إن مسلحين هاجموا مدنيين في كراتشي، بعد أن زار لاجئون سوريون المدينة"
    got = names(text, places=(place(text, "كراتشي", "PK"),))
    assert got == ["Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)",
                   "Civilians (Pakistan)"]


def test_a_place_mentioned_in_passing_abroad_does_not_move_the_country():
    text = "قال مسؤول في موسكو إن الجيش قصف مواقع في إدلب"
    got = names(text, places=(place(text, "موسكو", "RU", role="other"),))
    assert got == ["Military Forces of Syria (2000-2024)"]


@pytest.mark.parametrize(
    ("text", "expected", "inter"),
    [
        ("اعتقلت الشرطة الهندية عشرة أشخاص", "Police Forces of India", 1),
        ("انسحبت القوات الفرنسية من قاعدة في تمبكتو", "Military Forces of France", 1),
        ("أطلق الجنود الإسرائيليون النار على متظاهرين في غزة",
         "Military Forces of Israel (2009-2021)", 8),
        ("قتل جنديان من الشرطة البريطانية", "Police Forces of the United Kingdom", 1),
    ],
)
def test_a_country_adjective_names_that_countrys_force(text, expected, inter):
    [span] = [s for s in find_actors(text, published=D) if s.kb_id == expected]
    assert span.value.inter == inter
    assert text[span.start : span.end].split()[-1] in text  # the adjective is in the span
    assert len(text[span.start : span.end].split()) == 2


def test_forces_named_by_an_adjective_are_external_in_another_countrys_events():
    text = "انسحبت القوات الفرنسية من قاعدة في تمبكتو"
    spans = find_actors(text, published=D, places=(place(text, "تمبكتو", "ML"),))
    assert [(s.kb_id, s.value.inter) for s in spans] == [("Military Forces of France", 8)]


def test_bare_forces_without_an_adjective_are_nobody():
    assert names("انسحبت القوات من القاعدة") == []


def test_unnamed_insurgents_are_the_countrys_rebels_or_an_unidentified_group():
    assert names("قصف المتمردون مواقع في صعدة اليمنية") == [
        "Military Forces of Yemen (2017-) Houthi"
    ]
    assert names("هاجم متمردون قاعدة عسكرية في دارفور") == ["Unidentified Armed Group (Sudan)"]


def test_armed_men_continue_the_group_just_named():
    text = "أعلنت حركة الشباب مسؤوليتها، وقال سكان إن المسلحين سيطروا على البلدة"
    assert names(text) == ["Al Shabaab", "Al Shabaab"]


def test_armed_men_of_a_named_group_are_that_group():
    text = "هاجم مسلحون من تنظيم القاعدة نقطة في أبين"
    assert names(text) == ["AQAP: Al Qaeda in the Arabian Peninsula"]


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("هاجم جهاز دعم الاستقرار مقرا في طرابلس", dt.date(2022, 5, 1),
         "Military Forces of Libya (2021-) Government of National Unity"),
        ("اشتبكت حركة العدل والمساواة مع الجيش في دارفور", D, "JEM: Justice and Equality Movement"),
        ("سيطرت الحركة الشعبية شمال على بلدة في جنوب كردفان", D,
         "SPLM-N: Sudan People's Liberation Movement-North"),
        ("هاجمت حركة طالبان نقطة للشرطة", D, "Taliban"),
        ("دخلت حركة طالبان كابول", dt.date(2022, 1, 1), "Military Forces of Afghanistan (2021-)"),
    ],
)
def test_armed_groups_of_other_countries_reach_their_acled_actor(text, on, expected):
    assert expected in names(text, on)


def test_template_names_of_any_country_are_known_actor_names():
    assert actor_info("Police Forces of the United Kingdom").country == "GB"
    assert actor_info("Military Forces of Pakistan").inter == 1
    assert actor_info("Unidentified Armed Group (Nigeria)").country == "NG"


def test_every_nisba_country_has_an_acled_country_name():
    lex = default_lexicon()
    assert all(lex.country_name(iso) for iso in set(lex.nisba.values()))


def test_a_forces_name_with_another_countrys_adjective_is_not_that_force():
    text = "طلبت الشرطة الاتحادية الألمانية تسليم المتهم"
    assert "Police Forces of Iraq (2014-2018)" not in names(text)


def test_an_adjective_after_a_groups_own_name_is_its_allegiance():
    text = "قتل العشرات من ميليشيا الحوثي الإيرانية في نهم"
    assert names(text) == ["Military Forces of Yemen (2017-) Houthi"]


def test_a_country_adjective_that_begins_with_alef_lam_is_read_whole():
    assert names("اعتقلت الشرطة الألمانية رجلا") == ["Police Forces of Germany"]


def test_world_country_names_follow_acleds_spelling():
    lex = default_lexicon()
    assert lex.template_name(lex.templates["civilians"], "NL") == "Civilians (Netherlands)"
    assert lex.template_name(lex.templates["police"], "NL") == "Police Forces of the Netherlands"
    assert lex.template_name(lex.templates["civilians"], "PS") == "Civilians (Palestine)"


def test_the_libyan_army_before_the_accord_government_is_the_national_army_of_its_time():
    text = "قصف الجيش مواقع في بنغازي الليبية"
    assert names(text, dt.date(2013, 3, 1)) == ["Military Forces of Libya (2012-2014)"]
    assert names(text, dt.date(2019, 3, 1)) == [
        "Military Forces of Libya (2016-) Government of National Accord"
    ]


def test_warplanes_are_the_countrys_forces_where_no_air_force_is_listed_apart():
    text = "شنت الطائرات الحربية غارات على مواقع في الخرطوم"
    assert names(text) == ["Military Forces of Sudan (1989-2019)"]
    assert names(text, dt.date(2023, 5, 1)) == ["Military Forces of Sudan (2019-)"]


def test_actors_of_countries_outside_the_reference_data_say_they_are_unverified():
    from rasad.resources import load_yaml

    reference = {"SY", "IQ", "YE", "LY", "LB", "PS", "SD", "TR", "RU", "IR", "US", "SA", "AE",
                 "IL", "EG", "JO", None}
    unmarked = [
        spec["canonical"] for spec in load_yaml("actors.yaml")["actors"]
        if spec.get("country") not in reference
        and "unverified" not in str(spec.get("note") or "").lower()
    ]
    assert not unmarked


def test_soldiers_in_a_country_are_not_that_countrys_soldiers():
    assert names("ونشرت إيران مئات الجنود في سوريا") == []
    assert names("انشق الجنود السوريون عن وحدتهم") == ["Military Forces of Syria (2000-2024)"]


def test_the_army_inside_a_longer_phrase_is_still_the_army():
    text = "اقتاد المسلحون عددا من عناصر الجيش اللبناني"
    assert "Military Forces of Lebanon (2021-)" in names(text)


def test_an_event_place_abroad_does_not_outweigh_a_syrian_name_in_its_sentence():
    text = "وقال لافروف في موسكو إن بلاده تساعد الجيش السوري في العمل مع المجموعات المسلحة"
    got = names(text, places=(place(text, "موسكو", "RU"),))
    assert got == ["Military Forces of Syria (2000-2024)", "Unidentified Armed Group (Syria)"]


def test_armed_right_after_an_actor_is_its_adjective():
    assert names("شكل النظام قوات من مدنيين مسلحين في حمص") == ["Civilians (Syria)"]


def test_indefinite_armed_men_are_new_men_not_the_group_just_named():
    text = "أعلنت حركة الشباب مسؤوليتها، وقال سكان إن مسلحين سيطروا على بلدة في الصومال"
    got = names(text, places=(place(text, "الصومال", "SO"),))
    assert got == ["Al Shabaab", "Unidentified Armed Group (Somalia)"]


def test_armed_groups_in_general_do_not_refer_back():
    text = "قال حزب الله إن عناصره يقاتلون المجموعات المسلحة في ريف حمص"
    assert names(text) == ["Hezbollah", "Unidentified Armed Group (Syria)"]
