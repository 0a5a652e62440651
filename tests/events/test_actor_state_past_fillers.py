""" "شنت الولايات المتحدة وفرنسا وبريطانيا فجر السبت ضربات", "نفذت الولايات المتحدة 22 ضربة":
a state opened by a verb of doing stays the strike's subject past a count, time words, a comma
and other states joined to it; without the verb it may end another clause and is no subject."""

from __future__ import annotations

import pytest

import rasad

US = "Military Forces of the United States (2017-2021)"
ISRAEL = "Military Forces of Israel (2009-2021)"


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2018-04-14")["events"]


@pytest.mark.parametrize(
    "text",
    [
        "وشنت الولايات المتحدة وفرنسا وبريطانيا فجر السبت، ضربات جوية على مواقع قرب دمشق.",
        "ونفذت الولايات المتحدة 14 ضربة جوية على مواقع قرب مدينة الرقة.",
    ],
)
def test_united_states_past_fillers_is_the_striker(text: str) -> None:
    events = _events(text)
    assert events, f"no event read in {text!r}"
    assert events[0]["actor1"] == US


def test_one_word_state_past_time_words_is_the_striker() -> None:
    events = _events("وشنت إسرائيل، صباح اليوم السبت، غارات على مواقع في مدينة رفح.")
    assert events and events[0]["actor1"] == ISRAEL


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الولايات المتحدة السبت إن غارات جوية استهدفت مواقع قرب مدينة الرقة.",
        "وزار وفد من الولايات المتحدة 3 مواقع بعد غارات جوية قرب مدينة الرقة.",
    ],
)
def test_united_states_without_a_verb_of_doing_is_no_striker(text: str) -> None:
    events = _events(text)
    assert events and all(e["actor1"] != US for e in events)
