"""A place noun read back ("على المدينة") is looked for word by word only in a range that holds
one of the nouns: the other ranges give no antecedent without a word read, and the ranges that
hold one still find it."""

from __future__ import annotations

import rasad
from rasad.events import place_anaphora


def _read(text: str):
    return rasad.extract(text, published="2018-02-25")


def test_a_sentence_without_a_place_noun_reads_no_word(monkeypatch):
    # the second sentence names no place: its event's place is looked for by reading back
    text = (
        "قصفت الطائرات الحربية مدينة إدلب صباح اليوم.\n\n"
        "وقتل ثلاثة مدنيين مساء اليوم في قصف مدفعي."
    )

    def no_word(*_args, **_kwargs):
        raise AssertionError("a word was read in a range holding no place noun")

    monkeypatch.setattr(place_anaphora, "_noun_of", no_word)
    events = _read(text)["events"]  # the places layer the real stages give
    assert len(events) >= 1


def test_the_town_named_again_is_still_found():
    text = (
        "وفي ريف حماة، سيطرت قوات النظام على مدينة مورك بعد معارك عنيفة مع الفصائل.\n\n"
        "وقتل ثلاثة مدنيين مساء اليوم في قصف مدفعي على المدينة."
    )
    assert ("Shelling/artillery/missile attack", "Murak") in [
        (e["sub_event_type"], e["location"]) for e in _read(text)["events"]
    ]
