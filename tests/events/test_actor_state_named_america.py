""" "أمريكا"/"أميركا" named as a strike's subject ("شنت أميركا غارات", "إن أمريكا شنت غارات")
stand for the US military, as "واشنطن" does; named as a place ("وفد من أمريكا") they act not."""

from __future__ import annotations

import pytest

import rasad

US = "Military Forces of the United States (2017-2021)"


def _first(text: str) -> dict:
    events = rasad.extract(text, published="2018-06-10")["events"]
    assert events, f"no event read in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "شنت أميركا غارات على مواقع لتنظيم الدولة قرب مدينة الموصل يوم السبت.",
        "قال مسؤول عراقي إن أمريكا شنت غارات على مواقع تنظيم الدولة في مدينة الموصل يوم السبت.",
        "أمريكا قصفت مواقع تنظيم الدولة قرب مدينة الموصل يوم السبت.",
    ],
)
def test_america_as_the_subject_of_a_strike_is_its_military(text: str) -> None:
    event = _first(text)
    assert event["actor1"] == US
    assert event["actor2"] == "Islamic State (Iraq)"


def test_america_named_as_a_place_is_no_striker() -> None:
    event = _first(
        "وصل وفد من أمريكا إلى مدينة الموصل بعد غارات على مواقع لتنظيم الدولة يوم السبت."
    )
    assert event["actor1"] != US
