"""A name in brackets after a place is the same place: it is a reference point if the first is."""

from __future__ import annotations

import rasad


def test_a_bracketed_alias_of_a_distance_reference_is_no_scene_either():
    text = (
        "قالت الحكومة التركية في بيان، اليوم (الاثنين)، إن انفجارا في بلدة سروج جنوب شرقي"
        " تركيا أسفر عن مقتل 27 شخصا.\n\n"
        "ولم يتضح بعد سبب الانفجار في البلدة التي تقع على بعد عشرة كيلومترات من بلدة عين العرب"
        " (كوباني) السورية."
    )
    locations = [e["location"] for e in rasad.extract(text, published="2015-07-21")["events"]]
    assert locations and "Ayn al Arab" not in locations
