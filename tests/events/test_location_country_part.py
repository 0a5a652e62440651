"""A part of "the country" as an event's only scene ("في جنوب البلاد"): the story's country at
geo-precision 3, not the town the article told last."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2018-05-07")["events"]


def test_the_south_of_the_country_is_the_country_not_the_capital_told_before():
    text = (
        "قال مسؤولون في العاصمة الأفغانية كابل إن الحكومة ستجري محادثات مع طالبان. وقتل جندي"
        " أميركي في هجوم شنه مسلحون في جنوب البلاد أمس، بحسب بيان لحلف الأطلسي."
    )
    (event,) = _events(text)
    assert event["location"] == "Afghanistan"
    assert event["geo_precision"] == 3


def test_a_town_in_the_reports_clause_gives_way_to_the_part_of_the_country():
    text = "قتل جندي أميركي في هجوم لمسلحين في جنوب البلاد، وفق ما أعلن حلف الأطلسي في كابل."
    (event,) = _events(text)
    assert event["location"] == "Afghanistan"


def test_a_town_of_the_acts_own_clause_stays_the_scene():
    # the part of the country only locates the town
    text = "قتل جندي أميركي في هجوم لمسلحين على مدينة قندهار في جنوب البلاد."
    (event,) = _events(text)
    assert event["location"] == "Kandahar"


def test_a_reported_act_in_the_south_of_the_country_is_the_country():
    text = (
        "عقد وزير الدفاع مؤتمرا صحفيا في العاصمة الأفغانية كابل أمس. وقال المتحدث باسم الحلف"
        " إن جنديين أميركيين قتلا في انفجار عبوة ناسفة في جنوب البلاد."
    )
    events = _events(text)
    assert events and {e["location"] for e in events} == {"Afghanistan"}


def test_a_town_told_in_the_next_clause_without_a_report_stays_the_scene():
    # the second clause names the town where the act took place, not who reported it
    text = "قتل خمسة جنود في هجوم لمسلحين في شمال البلاد، في بلدة تكريت."
    events = _events(text)
    assert events and {e["location"] for e in events} == {"Tekrit"}


def test_a_town_told_before_that_lies_in_that_part_stays_the_scene():
    # Kandahar lies in the south of Afghanistan: the second sentence tells the same attack
    text = (
        "هاجم مسلحون من طالبان قافلة عسكرية قرب مدينة قندهار أمس. وقتل جندي أميركي في الهجوم"
        " الذي وقع في جنوب البلاد."
    )
    events = _events(text)
    assert events and {e["location"] for e in events} == {"Kandahar"}


def test_the_speakers_town_opening_the_acts_clause_is_no_scene():
    # "أعلن الجيش في كابل مقتل …": Kabul is where the army spoke; the strike is in the south
    text = "أعلن الجيش الأفغاني في كابل مقتل خمسة من عناصر طالبان في غارة جوية جنوب البلاد."
    (event,) = _events(text)
    assert event["location"] == "Afghanistan"
    assert event["geo_precision"] == 3


def test_a_town_the_act_names_after_the_speaker_stays_the_scene():
    text = "أعلن الجيش الأفغاني في كابل مقتل خمسة من عناصر طالبان في غارة جوية على قندهار."
    (event,) = _events(text)
    assert event["location"] == "Kandahar"
