"""The place a relative clause telling the act hangs on ("…، وفي درعا، التي شهدت معارك انتهت
بسيطرة …") is the act's scene, not a place the sentence named before it."""

from __future__ import annotations

import rasad


def _locations(text: str) -> set[str]:
    return {e["location"] for e in rasad.extract(text, published="2013-03-24")["events"]}


def test_the_place_the_relative_clause_hangs_on_outranks_a_town_before_it():
    text = (
        "قال ناشطون إن معظم القتلى سقطوا في مدينة حمص، وكذلك في محافظة إدلب، التي شهدت معارك"
        " عنيفة انتهت بسيطرة مقاتلي المعارضة على معسكر للجيش."
    )
    assert _locations(text) == {"Idleb"}


def test_a_town_told_after_the_act_inside_the_clause_stays_the_finer_scene():
    text = (
        "قال ناشطون إن معظم القتلى سقطوا في مدينة حمص، وكذلك في محافظة درعا، التي شهدت معارك"
        " عنيفة انتهت بسيطرة مقاتلي المعارضة على بلدة خربة غزالة."
    )
    assert _locations(text) == {"Khirbat Ghazalah"}
