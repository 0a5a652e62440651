"""A count in the list an injury word governs counts wounded, not dead
(rasad.events.wounded_list): "مقتل شرطي وإصابة مدني و4 أطفال" is one dead."""

from __future__ import annotations

from types import SimpleNamespace

import rasad


def only_event(text: str) -> SimpleNamespace:
    events = rasad.extract(text, published="2019-02-10")["events"]
    assert len(events) == 1, [(e["sub_event_type"], e["fatalities"]) for e in events]
    return SimpleNamespace(**events[0])


def test_a_count_joined_to_a_wounded_person_is_wounded() -> None:
    e = only_event("مقتل شرطي وإصابة مدني و4 أطفال في تفجير عبوة ناسفة بمدينة الموصل أمس.")
    assert e.fatalities == 1


def test_a_count_joined_after_a_wounding_verb_is_wounded() -> None:
    e = only_event("قتل شرطي وأصيب مدني و4 أطفال في تفجير عبوة ناسفة بمدينة الموصل أمس.")
    assert e.fatalities == 1


def test_a_death_word_after_the_wounded_starts_a_list_of_dead() -> None:
    # near miss: the number is counted by its own death word after the wounded one
    e = only_event("أصيب مدني ومقتل 4 أطفال في تفجير عبوة ناسفة بمدينة الموصل أمس.")
    assert e.fatalities == 4
