"""Deaths told before a relative clause on their place ("قتلوا في مدينة دوما التي تشهد
اشتباكات", "في حي الخالدية الذي يتعرض لقصف عنيف"): the clause tells what killed them, so its
act is the sentence's event with those dead, not a presupposed act that takes them away."""

from __future__ import annotations

import rasad


def _rows(text: str) -> list[tuple[str, str | None, int]]:
    events = rasad.extract(text, published="2018-03-04")["events"]
    return [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events]


def test_deaths_in_a_town_described_by_its_clashes_are_a_clash() -> None:
    text = "وأكد المرصد السوري أن عشرة مدنيين قتلوا الأحد في مدينة دوما التي تشهد اشتباكات."
    assert _rows(text) == [("Armed clash", "Douma", 10)]


def test_deaths_in_a_district_under_shelling_are_a_shelling() -> None:
    text = "وقتل خمسة مدنيين الأحد في حي الخالدية الذي يتعرض لقصف عنيف."
    assert [(sub, fat) for sub, _, fat in _rows(text)] == [("Shelling/artillery/missile attack", 5)]


def test_a_district_under_shelling_with_no_dead_is_no_event() -> None:
    assert _rows("ونزح آلاف المدنيين الأحد من حي الخالدية الذي يتعرض للقصف.") == []
