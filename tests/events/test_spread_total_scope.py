"""A toll spread over places ("معظمهم في …") is a total from its number on, not the whole
sentence: an act told in an earlier clause stays an event."""

from __future__ import annotations

import rasad

PUB = "2016-07-21"


def _events(text: str) -> list[tuple[str, str | None]]:
    return [
        (e["sub_event_type"], e["location"])
        for e in rasad.extract(text, published=PUB)["events"]
    ]


def test_shelling_before_a_spread_toll_in_its_sentence_is_an_event() -> None:
    text = (
        "قال قائد في المعارضة إن مقاتليه قصفوا بقذائف الهاون ثكنة للجيش في مدينة درعا صباح "
        "اليوم، فيما أعلنت الشبكة الحقوقية عن مقتل 40 شخصا بنيران القوات الحكومية، معظمهم "
        "في حمص وريفها."
    )
    assert _events(text) == [("Shelling/artillery/missile attack", "Dara")]


def test_a_spread_toll_alone_is_still_a_total() -> None:
    text = "قتل 40 شخصا بنيران القوات الحكومية أمس، معظمهم في حمص وريفها، بحسب الشبكة الحقوقية."
    assert _events(text) == []


def test_a_toll_spread_from_the_sentence_opening_is_still_a_total() -> None:
    text = "وتوزع القتلى بواقع 34 في دمشق و17 في درعا و12 في حمص، بحسب الشبكة الحقوقية."
    assert _events(text) == []
