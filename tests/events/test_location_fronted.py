"""A place set in front of the sentence frames the finer place the clause names."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[tuple[str, str | None]]:
    return [
        (e["sub_event_type"], e["location"])
        for e in rasad.extract(text, published="2018-01-10")["events"]
    ]


def test_a_fronted_countryside_yields_to_the_town_taken_inside_it():
    text = "وفي ريف حماة، سيطرت قوات النظام على بلدة مورك بعد معارك عنيفة مع الفصائل."
    assert ("Government regains territory", "Murak") in _events(text)


def test_a_fronted_city_stays_the_scene_when_the_clause_names_no_finer_place():
    text = "وفي ريف حماة، سيطرت قوات النظام على مواقع جديدة بعد معارك عنيفة مع الفصائل."
    assert ("Government regains territory", "Hama countryside") in _events(text)
