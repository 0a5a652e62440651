"""Sub-types and sides read on fresh news (session 10): unnamed "military forces" and bare
"warplanes" of a country's news are its own forces; a nationality noun as the object of a
killing is a civilian of that nationality."""

from __future__ import annotations

from tests.events.helpers import events_of

SYRIA_ARMY = "Military Forces of Syria (2000-2024)"


def test_unnamed_military_forces_stationed_in_a_town_are_the_countrys_army() -> None:
    events = events_of(
        "قالت مصادر محلية إن القوات العسكرية المتمركزة في مدينة درعا أطلقت قذائف على بلدة "
        "طفس يوم الأحد.",
        "2019-05-12",
    )
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert events[0]["actor1"] == SYRIA_ARMY


def test_bare_warplanes_are_an_air_force() -> None:
    events = events_of("شنت المقاتلات غارات على مدينة إدلب يوم الأحد.", "2019-05-12")
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Air/drone strike"
    assert events[0]["actor1"] == SYRIA_ARMY


def test_female_fighters_with_their_groups_adjective_are_no_air_force() -> None:
    events = events_of(
        "قتلت المقاتلات الكرديات خمسة من عناصر داعش في مدينة الرقة يوم الأحد.", "2019-05-12"
    )
    assert events, "no event read"
    assert SYRIA_ARMY not in (events[0]["actor1"], events[0]["actor2"])


def test_a_nationality_noun_after_the_force_is_the_civilian_it_killed() -> None:
    events = events_of(
        "قتل الجيش الإسرائيلي الأحد فلسطينيا في مدينة جنين بالضفة الغربية.", "2019-05-12"
    )
    assert events, "no event read"
    ev = events[0]
    assert ev["sub_event_type"] == "Attack"
    assert ev["actor1"].startswith("Military Forces of Israel")
    assert ev["actor2"] == "Civilians (Palestine)"
    assert ev["fatalities"] == 1


def test_a_plural_nationality_noun_after_a_definite_force_is_its_object() -> None:
    events = events_of(
        "قتلت القوات الإسرائيلية فلسطينيين اثنين في مدينة جنين يوم الأحد.", "2019-05-12"
    )
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Attack"
    assert events[0]["actor1"].startswith("Military Forces of Israel")
    assert events[0]["fatalities"] == 2


def test_attackers_fleeing_to_an_unknown_place_took_nobody() -> None:
    events = events_of(
        "قال مصدر أمني إن مسلحين مجهولين هاجموا ثلاثة من عناصر الصحوة في بلدة دبس، مما تسبب "
        "في مقتل اثنين قبل أن يفروا إلى جهة مجهولة.",
        "2013-02-07",
    )
    assert events, "no event read"
    assert all(e["sub_event_type"] != "Abduction/forced disappearance" for e in events)


def test_a_man_led_to_an_unknown_place_is_still_abducted() -> None:
    events = events_of(
        "اعتقل مسلحون مجهولون الصحفي أحمد في بلدة دبس يوم الأحد واقتادوه إلى جهة مجهولة.",
        "2013-02-07",
    )
    assert [e["sub_event_type"] for e in events] == ["Abduction/forced disappearance"]


def test_storming_a_home_and_killing_the_household_is_an_attack_on_civilians() -> None:
    events = events_of(
        "قال المصدر إن مسلحين مجهولين اقتحموا صباح اليوم أحد المنازل وقتلوا رب الأسرة وزوجته "
        "وابنته في حي التحرير شرقي مدينة الموصل.",
        "2013-02-12",
    )
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Attack"
    assert events[0]["actor2"] == "Civilians (Iraq)"
    assert events[0]["fatalities"] == 3


def test_storming_an_army_post_stays_a_fight() -> None:
    events = events_of(
        "هاجم مسلحون من تنظيم داعش نقطة للجيش العراقي في قضاء الطارمية شمال بغداد.", "2017-05-02"
    )
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Armed clash"


def test_an_arrest_by_unnamed_authorities_is_the_countrys_police() -> None:
    events = events_of(
        "اعتقلت السلطات المكسيكية رئيسة اتحاد المعلمين في مدينة مكسيكو يوم الأحد بتهمة الفساد.",
        "2013-03-01",
    )
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Arrests", "Police Forces of Mexico")
    ]


def test_an_arrest_told_in_the_passive_is_the_countrys_police() -> None:
    events = events_of("اعتقل خمسة أشخاص في مدينة البصرة يوم الأحد بتهمة التجسس.", "2024-05-10")
    assert events, "no event read"
    assert events[0]["actor1"].startswith("Police Forces of Iraq")
    assert events[0]["actor2"] == "Civilians (Iraq)"


def test_an_arrest_by_a_named_force_keeps_it() -> None:
    events = events_of(
        "اعتقلت الشرطة التركية عشرين شخصا في مدينة إسطنبول يوم الأربعاء.", "2018-03-22"
    )
    assert events, "no event read"
    assert events[0]["actor1"] == "Police Forces of Turkey"


def test_the_authorities_adjective_names_whose_police_arrested() -> None:
    events = events_of(
        "ألقت شرطة الحدود الإسرائيلية السبت القبض على إيطاليين وفلسطيني في مدينة بيت لحم.",
        "2018-07-29",
    )
    assert events, "no event read"
    assert events[0]["actor1"].startswith("Police Forces of Israel")


def test_an_unnamed_captor_where_two_authorities_arrest_is_left_open() -> None:
    events = events_of("اعتقل خمسة شبان في مدينة رام الله يوم الأحد.", "2018-07-29")
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Arrests"
    assert events[0]["actor1"] is None
