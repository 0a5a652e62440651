"""Rules that keep passing mentions out and read who did what from context: background verbal
nouns, condemnations, states of control, country-only places, relative-clause agents, aircraft
owners, "بين X و Y" far from the trigger, anaphoric death tolls and death words inside names."""

from __future__ import annotations

import pytest

from rasad.document import Document, Place, Span
from rasad.events.stage import Events

from .helpers import make_doc, only_event, run

BACKGROUND = [
    ("since", "زار الوزير مدينة الموصل للمرة الأولى منذ استعادة القوات العراقية السيطرة عليها."),
    ("day_after", "قال المسؤول، بعد يوم على سيطرة قوات النظام على مدينة سراقب، إن الوضع هادئ."),
    (
        "condemned",
        "أدانت نقابة الصحفيين في بغداد ممارسات الميليشيات وانتهاكاتها ومنها اختطاف الصحفيين.",
    ),
    ("call_far", "ودعت تنسيقيات المحافظات في بيان، إلى ما وصفتها مظاهرات حاشدة في البصرة."),
    ("holds", "تسيطر قوات النظام على مدينة سراقب."),
]


@pytest.mark.parametrize(("why", "text"), BACKGROUND, ids=[b[0] for b in BACKGROUND])
def test_background_mentions_are_not_events(why: str, text: str) -> None:
    doc = run(text)
    assert doc.events == (), [(e.sub_event_type, e.notes) for e in doc.events]


def test_since_a_time_does_not_make_background() -> None:
    event = only_event("تدور اشتباكات منذ صباح اليوم بين قوات النظام وداعش في مدينة سراقب.")
    assert event.sub_event_type == "Armed clash"


def test_present_tense_control_after_bat_is_a_change_of_control() -> None:
    event = only_event("بات الجيش السوري يسيطر على مدينة سراقب بشكل كامل.")
    assert event.sub_event_type == "Government regains territory"


def _with_country(text: str, phrase: str, iso2: str, name: str) -> Document:
    doc = make_doc(text)
    i = text.index(phrase)
    country = Place(
        name=name,
        name_ar=phrase,
        geonameid=None,
        lat=35.0,
        lon=38.0,
        country=iso2,
        admin1=None,
        admin2=None,
        feature_code="PCLI",
        role="event_location",
        geo_precision=3,
    )
    places = [*doc.layer("places"), Span(i, i + len(phrase), "PLACE", kb_id=name, value=country)]
    return doc.with_layer("places", places)


def test_country_only_place_in_a_village_level_country_is_too_vague() -> None:
    doc = Events()(
        _with_country("اندلعت اشتباكات بين قوات النظام وداعش في سوريا.", "سوريا", "SY", "Syria")
    )
    assert doc.events == ()


def test_country_only_place_abroad_is_kept() -> None:
    text = "اندلعت اشتباكات بين قوات النظام وداعش في النيجر."
    doc = Events()(_with_country(text, "النيجر", "NE", "Niger"))
    assert [e.location for e in doc.events] == ["Niger"]


def test_subject_of_relative_verb_after_trigger_is_actor1() -> None:
    event = only_event("قتل 25 من الحوثيين جراء قصف جوي شنته قوات التحالف على مواقعهم في مأرب.")
    assert event.actor1 == "Operation Restoring Hope"
    assert event.actor2 == "Ansar Allah"
    assert event.fatalities == 25


def test_aircraft_of_an_actor_glued_with_lam_strikes() -> None:
    event = only_event("وشنت طائرات للتحالف غارات على مواقع للحوثيين في مأرب.")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == "Operation Restoring Hope"
    assert event.actor2 == "Ansar Allah"


def test_sides_after_between_far_from_the_trigger() -> None:
    event = only_event(
        "وتدور اشتباكات عنيفة في مناطق متفرقة من أحياء مدينة تعز الشرقية والغربية "
        "بين الحوثيين والتحالف."
    )
    assert {event.actor1, event.actor2} == {"Ansar Allah", "Operation Restoring Hope"}


def test_later_death_toll_without_a_killer_joins_the_strike() -> None:
    doc = run(
        "شن التحالف غارات على مواقع للحوثيين في تعز اليوم. وأشارت المصادر إلى مقتل 17 من الحوثيين."
    )
    assert len(doc.events) == 1, [(e.sub_event_type, e.fatalities) for e in doc.events]
    assert doc.events[0].sub_event_type == "Air/drone strike"
    assert doc.events[0].fatalities == 17


def test_nisba_accusative_counts_people() -> None:
    event = only_event("لقي 27 مدنيا على الأقل مصرعهم، بينهم 5 أطفال في غارات للتحالف على تعز.")
    assert event.fatalities == 27


def test_death_word_inside_a_square_name_is_no_death() -> None:
    event = only_event("تظاهر عشرات المحتجين بساحة الشهداء في طرابلس.")
    assert event.event_type == "Protests"
    assert event.fatalities == 0


def test_one_event_per_coordinated_place() -> None:
    doc = run("تظاهر المحتجون في الموصل، والبصرة وبغداد اليوم.")
    assert sorted(e.location for e in doc.events) == ["Baghdad", "Basrah", "Mosul"]
    assert {e.sub_event_type for e in doc.events} == {"Peaceful protest"}


def test_a_town_and_the_district_it_is_in_stay_one_event() -> None:
    doc = run("سيطرت قوات النظام على مخيم اليرموك في جنوب دمشق.")
    assert [e.location for e in doc.events] == ["Yarmouk camp"]


def test_deaths_are_shared_out_over_listed_places() -> None:
    doc = run("قتل 7 مدنيين في غارات للطيران الروسي على سراقب ومعرة النعمان.")
    assert sorted(e.fatalities for e in doc.events) == [3, 4]


def test_killing_protesters_is_excessive_force_by_the_shooter() -> None:
    event = only_event("قتلت قوات الأمن 3 متظاهرين في البصرة.")
    assert (event.event_type, event.sub_event_type) == (
        "Protests",
        "Excessive force against protesters",
    )
    assert event.actor1 == "Protesters (Iraq)"
    assert (event.actor2 or "").startswith("Police Forces of Iraq (2020-")
    assert event.fatalities == 3


def test_nationality_two_words_after_the_aircraft_names_the_air_force() -> None:
    event = only_event("قصفت طائرات حربية روسية مواقع في سراقب.")
    assert event.actor1 == "Military Forces of Russia (2000-)"


def test_actor_inside_the_trigger_phrase_is_actor1() -> None:
    extra = {"طائرات التحالف": ("Operation Restoring Hope", 8)}
    event = only_event("قصفت طائرات التحالف مواقع للحوثيين في مأرب.", extra_actors=extra)
    assert event.actor1 == "Operation Restoring Hope"
    assert event.actor2 == "Ansar Allah"


def test_a_battle_takes_the_side_its_actor_fights_elsewhere_in_the_article() -> None:
    doc = run(
        "اندلعت اشتباكات بين قوات النظام وداعش في الرقة اليوم. "
        "وفي سياق متصل، سيطرت قوات النظام على مدينة سراقب اليوم."
    )
    taken = [e for e in doc.events if e.location == "Saraqab"]
    assert [e.actor2 for e in taken] == ["Islamic State (Syria)"]


def test_verbal_noun_joined_to_a_background_one_is_background_too() -> None:
    doc = run("وهذه الزيارة الأولى منذ سيطرة الحوثيين على مدينة تعز واستعادتها من قبل التحالف.")
    assert doc.events == (), [(e.sub_event_type, e.notes) for e in doc.events]


def test_bombardment_by_an_air_only_actor_is_an_air_strike() -> None:
    event = only_event("قصف التحالف مواقع للحوثيين في مأرب.")
    assert event.sub_event_type == "Air/drone strike"


def test_air_only_actor_firing_rockets_stays_shelling() -> None:
    event = only_event("قصف التحالف بالصواريخ مواقع للحوثيين في مأرب.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_one_named_victim_without_a_number_is_one_death() -> None:
    event = only_event("أفادت مصادر بمقتل قائد ميداني من الحوثيين في اشتباكات مع التحالف في مأرب.")
    assert event.fatalities == 1


def test_unnumbered_deaths_stay_the_limited_attack_figure() -> None:
    event = only_event("سقط قتلى وجرحى في اشتباكات بين الحوثيين والتحالف في مأرب.")
    assert event.fatalities == 3


@pytest.mark.parametrize(
    "text",
    [
        "قال القائد إن من المبكر الحديث عن سيطرة قوات النظام على مدينة سراقب.",
        "أكد المتحدث أن تحرير مدينة سراقب من قوات النظام بات قريبا.",
        "تعمل قوات النظام على استعادة مدينة سراقب.",
    ],
)
def test_premature_imminent_and_ongoing_efforts_are_not_events(text: str) -> None:
    doc = run(text)
    assert doc.events == (), [(e.sub_event_type, e.notes) for e in doc.events]


def test_actor_owning_the_target_facility_is_not_actor1() -> None:
    event = only_event("أعلنت الفصائل سيطرتها على مقر الشرطة في سراقب.")
    assert event.actor1 == "Opposition Rebels (Syria)"
    assert (event.actor2 or "").startswith("Police Forces")
    assert event.sub_event_type == "Non-state actor overtakes territory"


def test_actors_joined_by_wa_are_one_side() -> None:
    extra = {"المقاومة الشعبية": ("Popular Resistance", 3)}
    event = only_event("هاجمت قوات النظام والمقاومة الشعبية مواقع في مأرب.", extra_actors=extra)
    assert event.actor1 == "Military Forces of Syria (2000-2024)"
    assert event.actor2 != "Popular Resistance"


def test_gunmen_opening_fire_on_civilians_is_an_attack() -> None:
    event = only_event("قال الجيش إن مسلحين فتحوا النار على عدد من المدنيين في بغداد.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_protesters_clashing_with_security_forces_riot() -> None:
    event = only_event(
        "قتل شخص خلال اشتباكات بين المتظاهرين وقوات الأمن في البصرة.",
        extra_actors={"المتظاهرين": ("Protesters (Iraq)", 6)},
    )
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1 == "Rioters (Iraq)"
    assert (event.actor2 or "").startswith("Police Forces of Iraq")


def test_takeover_under_a_deal_is_a_non_violent_transfer() -> None:
    event = only_event("سيطرت قوات النظام على مدينة سراقب كجزء من الاتفاق مع الفصائل.")
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_killing_the_spokesman_of_protesters_is_an_attack_on_a_civilian() -> None:
    event = only_event("قتل مسلحون مجهولون المتحدث باسم المتظاهرين في البصرة.")
    assert event.event_type == "Violence against civilians"


def test_fighting_on_several_fronts_is_not_one_located_event() -> None:
    doc = run("وتتواصل المواجهات بين الحوثيين والتحالف في عدة جبهات بمأرب.")
    assert doc.events == (), [(e.sub_event_type, e.notes) for e in doc.events]


def test_an_earlier_superseded_toll_does_not_count() -> None:
    event = only_event(
        "قتل 19 شخصا في انفجار سيارة مفخخة في بغداد، علما بأن حصيلة سابقة أفادت بمقتل 11 شخصا."
    )
    assert event.fatalities == 19
