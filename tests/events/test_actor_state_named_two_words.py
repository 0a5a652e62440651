""" "الولايات المتحدة" named as a strike's subject ("شنت الولايات المتحدة غارات", "الولايات
المتحدة الأمريكية نفذت ضربات") stands for the US military as a one-word state name does; named
as a place or as one who condemns ("وفد من الولايات المتحدة", "دانت الولايات المتحدة") it acts
not."""

from __future__ import annotations

import pytest

import rasad

US = "Military Forces of the United States (2017-2021)"


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2018-06-10")["events"]


@pytest.mark.parametrize(
    "text",
    [
        "وشنت الولايات المتحدة غارات على مواقع تنظيم الدولة قرب مدينة الرقة ليل السبت.",
        "وأفاد مصدر محلي أن الولايات المتحدة الأمريكية نفذت غارات على مواقع تنظيم الدولة في الرقة.",
        "وقصفت الولايات المتحدة مواقع تنظيم الدولة في مدينة الرقة يوم السبت.",
    ],
)
def test_united_states_as_the_subject_of_a_strike_is_its_military(text: str) -> None:
    events = _events(text)
    assert events, f"no event read in {text!r}"
    assert events[0]["actor1"] == US


def test_united_states_named_as_a_place_is_no_striker() -> None:
    events = _events(
        "وصل وفد من الولايات المتحدة إلى الرقة بعد غارات على مواقع تنظيم الدولة يوم السبت."
    )
    assert events and all(e["actor1"] != US for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "وتكثف القوات العراقية المدعومة من الولايات المتحدة غاراتها على مواقع تنظيم الدولة.",
        "وقال مصدر إن طيران التحالف الذي تقوده الولايات المتحدة شن غارة على مواقع في الرقة.",
    ],
)
def test_united_states_as_a_backer_or_a_relative_clause_subject_is_no_striker(text: str) -> None:
    events = _events(text)
    assert events and all(e["actor1"] != US for e in events)
