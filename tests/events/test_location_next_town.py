"""An act its sentence places only in a country: the town the next sentence names there."""

from __future__ import annotations

import rasad


def _first_locations(text: str) -> set[str | None]:
    events = rasad.extract(text, published="2019-03-11")["events"]
    return {e["location"] for e in events if e["evidence"]["start"] == 0}


def test_the_town_the_next_sentence_names_in_that_country_places_the_act():
    text = (
        "قتل مسلحون مجهولون خمسة أفراد من أسرة واحدة بإطلاق النار عليهم في باكستان يوم الأحد. "
        "وأوضحت الشرطة أن أفراد الأسرة كانوا في منزلهم بمدينة كويتا. "
        "ولم تتبن أي جهة المسؤولية حتى الآن."
    )
    assert _first_locations(text) == {"Quetta"}


def test_a_town_told_after_another_act_is_that_acts_scene():
    text = (
        "قتل مسلحون مجهولون خمسة أفراد من أسرة واحدة بإطلاق النار عليهم في باكستان يوم الأحد. "
        "وفي حادث آخر انفجرت عبوة ناسفة في سوق بمدينة كويتا. "
        "ولم تتبن أي جهة المسؤولية حتى الآن."
    )
    assert "Quetta" not in _first_locations(text)


def test_a_town_of_another_country_in_the_next_sentence_does_not_place_the_act():
    text = (
        "قتل مسلحون مجهولون خمسة أفراد من أسرة واحدة بإطلاق النار عليهم في باكستان يوم الأحد. "
        "وأوضحت الشرطة أن المسلحين فروا إلى مدينة قندهار الأفغانية. "
        "ولم تتبن أي جهة المسؤولية حتى الآن."
    )
    assert "Kandahar" not in _first_locations(text)


def test_a_town_told_as_where_an_official_spoke_does_not_place_the_act():
    text = (
        "قتل مسلحون مجهولون خمسة أفراد من أسرة واحدة بإطلاق النار عليهم في باكستان يوم الأحد. "
        "وأكد مسؤول أمني في بيشاور مقتلهم. "
        "ولم تتبن أي جهة المسؤولية حتى الآن."
    )
    assert "Peshawar" not in _first_locations(text)
