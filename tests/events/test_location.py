"""Where an event happened: the scene among the places of its sentence (events/location.py)."""

from __future__ import annotations

from rasad.events.context import build_context
from rasad.events.lexicon import default_lexicon
from rasad.events.location import main_place
from tests.events.helpers import make_doc, only_event, run

_GIANTS = {"قوات العمالقة": ("Giants Brigade", 2)}


def test_a_town_is_the_scene_not_the_container_that_locates_it() -> None:
    # the container ("جنوب زبيد") stands nearer the trigger, the town is the scene
    e = only_event("في مدينة حيس جنوب زبيد قصف الحوثيون مركزا طبيا.")
    assert e.location == "Hays"


def test_a_namesake_far_outside_the_district_its_clause_names_gives_way_to_the_district() -> None:
    # "السويق" resolved to a town in another province, 100 km from the district named after it
    e = only_event(
        "خاضت قوات العمالقة مواجهات مع الحوثيين في السويق شرقي مديرية التحيتا.",
        extra_actors=_GIANTS,
    )
    assert e.location == "At Tuhayta"


def test_a_conjoined_place_is_not_a_locator() -> None:
    # "بين حيس وتعز": two places of one road, neither locates the other
    doc = run("قطع الحوثيون الطريق بين حيس وتعز وهاجموا مواقع القوات الحكومية.")
    assert {e.location for e in doc.events} <= {"Hays", "Taizz"}
    assert doc.events


def test_a_place_in_a_relative_clause_after_the_event_is_not_its_scene() -> None:
    e = only_event(
        "استهدف التحالف مبنى بمدينة حيس، والذي حوله الحوثيون إلى مركز لعلاج جرحاهم في تعز.",
        roles={"حيس": "other", "تعز": "event_location"},
    )
    assert e.location == "Hays"


def test_a_place_framing_a_report_gives_way_to_the_place_told_in_it() -> None:
    e = only_event(
        "وفي زبيد، قالت مصادر إن مواجهات عنيفة اندلعت بين قوات العمالقة والحوثيين طوال ليلة"
        " أمس في مديرية حيس.",
        extra_actors=_GIANTS,
    )
    assert e.location == "Hays"


def test_a_destination_inside_a_named_area_is_a_placed_scene() -> None:
    # "تسلل نحو مديرية الخوخة في الساحل الغربي": the district, and told as the scene (the
    # event keeps the confidence of an explicit place)
    text = "قتل مسلحون من الحوثيين خلال إفشال قوات العمالقة محاولة تسلل نحو مديرية الخوخة في"
    e = only_event(
        f"{text} الساحل الغربي.",
        roles={"الخوخة": "destination", "الساحل الغربي": "other"},
        extra_actors=_GIANTS,
    )
    assert e.location == "Al Khawkhah"
    in_country = only_event(
        f"{text} غرب اليمن.", roles={"الخوخة": "destination"}, extra_actors=_GIANTS
    )  # a country holds its own towns: still the place, but its name adds no scene
    assert in_country.location == "Al Khawkhah"
    alone = only_event(
        f"{text}ها.", roles={"الخوخة": "destination"}, extra_actors=_GIANTS
    )  # "نحو الخوخة" alone: where they went
    assert e.confidence > alone.confidence
    assert e.confidence > in_country.confidence == alone.confidence


def test_a_foreign_country_named_in_passing_is_not_a_local_groups_scene() -> None:
    text = (
        "قصفت قوات النظام مواقع قسد في الرقة.\n\nواستعادت قسد المدعومة من أمريكا القرى التي خسرتها."
    )
    doc = run(text, countries={"قسد": "SY"})
    assert "United States" not in {e.location for e in doc.events}
    assert "Ar-Raqqa" in {e.location for e in doc.events}


def test_a_foreign_capital_without_a_scene_word_gives_way_to_a_local_place() -> None:
    # a colonel named Riyad read as the Saudi capital; the rebels are Syrian
    e = only_event(
        "استهدف انفجار سيارة قائد الفصائل العقيد الرياض خلال زيارة إلى الميادين.",
        countries={"الفصائل": "SY"},
    )
    assert e.location == "Al Mayadin"


def test_quarters_of_one_city_listed_together_are_one_event() -> None:
    doc = run("اندلعت اشتباكات عنيفة في أحياء المعلا والتواهي بين الحوثيين وقوات الأمن.")
    assert len(doc.events) == 1


def test_neighbouring_towns_listed_together_stay_apart() -> None:
    doc = run("سيطرت قوات النظام على بلدتي سقبا وكفر بطنا بعد معارك مع الفصائل.")
    assert {e.location for e in doc.events} == {"Saqba", "Kafr Batna"}


def test_the_point_a_distance_is_measured_from_is_not_the_main_place() -> None:
    text = (
        "أحرق متظاهرون مبنى المجلس المحلي في القرنة التي تبعد 74 كم من البصرة."
        "\n\nوكانت البصرة شهدت احتجاجات."
    )
    ctx = build_context(make_doc(text), default_lexicon())
    assert main_place(ctx).value.name == "Al Qurnah"


def test_a_place_in_the_clause_of_another_event_is_that_events_place() -> None:
    # the province set in front scopes the clashes; the village is where the strikes fell
    doc = run(
        "وفي محافظة مأرب، قتل ثمانية من الحوثيين في مواجهات مع قوات الشرعية، وشن طيران"
        " التحالف غارات على مواقع للمتمردين في المخدرة.",
        extra_actors={"قوات الشرعية": ("Military Forces of Yemen (2012-)", 1)},
        roles={"محافظة مأرب": "other"},
    )
    by_type = {e.event_type: e.location for e in doc.events}
    assert by_type == {
        "Battles": "Marib Governorate",
        "Explosions/Remote violence": "Al Makhdarah",
    }


def test_an_event_its_paragraph_does_not_place_is_set_where_the_story_is() -> None:
    # the lead's town, not a city the background goes on to name again and again
    doc = run(
        "أحرق متظاهرون مبنى المجلس المحلي في القرنة.\n\n"
        "وقد قتلت قوات الأمن متظاهرا عندما فرقت اعتصاما.\n\n"
        "ويعمل في موانئ البصرة آلاف العمال من أبناء البصرة."
    )
    force = [e for e in doc.events if e.sub_event_type == "Excessive force against protesters"]
    assert force and {e.location for e in force} == {"Al Qurnah"}


def test_a_country_earlier_in_the_paragraph_gives_way_to_the_storys_town() -> None:
    doc = run(
        "تظاهر المئات في بلدة سراقب ضد الفصائل.\n\n"
        "وزار وفد من المعارضة تركيا. وقتل 12 من قوات النظام في معارك مع الفصائل."
    )
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert battles and {e.location for e in battles} == {"Saraqab"}


def test_one_sentence_telling_two_scenes_apart_gives_two_events() -> None:
    doc = run(
        "يواصل الجيش السوري قصف الرقة بالصواريخ، فيما سيطرت الفصائل على مركز البحوث في بلدة سراقب."
    )
    assert {(e.event_type, e.location) for e in doc.events} == {
        ("Explosions/Remote violence", "Ar-Raqqa"),
        ("Battles", "Saraqab"),
    }


def test_a_place_set_in_front_of_the_sentence_scopes_it() -> None:
    # "جبهة الأربعين" is a front in Taizz; the gazetteer's namesake lies 200 km away
    e = only_event(
        "وفي تعز جنوبي اليمن، قالت مصادر محلية إن مواجهات عنيفة دارت في جبهة الأربعين بين"
        " الحوثيين وقوات العمالقة.",
        extra_actors=_GIANTS,
    )
    assert e.location == "Taizz"


def test_a_foreign_capital_standing_for_its_government_is_no_scene() -> None:
    doc = run(
        "تظاهر المئات في بلدة سراقب قرب إدلب ضد الفصائل.\n\n"
        "ورحبت الرياض بهجوم الفصائل على مواقع قوات النظام أمس."
    )
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert battles and {e.location for e in battles} == {"Saraqab"}


def test_a_preposition_with_a_conjunction_tells_a_scene() -> None:
    # "وفي الرياض": the capital told as the scene, not standing for its government
    doc = run("تظاهر المئات في بلدة سراقب قرب إدلب.\n\nوفي الرياض انفجرت عبوة ناسفة بحافلة.")
    assert "Riyadh" in {e.location for e in doc.events}
