"""A figure before a unit of distance ("60 كلم شمال شرق المدينة") places the scene; it counts
no dead, whichever spelling of the unit the news uses."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2013-02-14")["events"]]


def test_a_distance_in_klm_is_no_count_of_dead() -> None:
    text = "وتمكنت قوات الجيش أمس من قتل ثلاثة من الإرهابيين بمنطقة وستيلي 45 كلم شرق مدينة باتنة."
    assert _fatalities(text) == [3]


def test_a_count_of_people_beside_it_still_counts() -> None:
    # near miss: "45 مسلحا" counts people, no unit follows
    text = "وتمكنت قوات الجيش أمس من قتل 45 مسلحا بمنطقة جبلية شرق مدينة باتنة."
    assert _fatalities(text) == [45]
