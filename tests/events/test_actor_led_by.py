"""A force named as another's leader ("بقيادة", "التي تقودها") is part of the force that acts:
never its foe, never the doer in its place."""

from __future__ import annotations

import pytest

import rasad

QSD = "QSD: Syrian Democratic Forces"
YPG = "YPG: Peoples Protection Units"


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2017-06-20")["events"]


@pytest.mark.parametrize(
    "text",
    [
        'وكانت "قوات سوريا الديمقراطية"، بقيادة وحدات حماية الشعب الكردية، سيطرت على قرية '
        "الكرامة شرق الرقة يوم الاثنين.",
        "وسيطرت قوات سوريا الديمقراطية بقيادة وحدات حماية الشعب الكردية على قرية الكرامة شرق "
        "الرقة يوم الاثنين.",
    ],
)
def test_the_leading_group_is_not_the_other_side_of_its_alliance(text: str) -> None:
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == QSD
    assert events[0]["actor2"] != YPG


def test_a_foe_named_after_the_leader_is_the_other_side() -> None:
    events = _events(
        "واستعادت قوات سوريا الديمقراطية التي تقودها وحدات حماية الشعب الكردية حي المشلب "
        "في الرقة بعد معارك مع تنظيم داعش يوم الاثنين."
    )
    assert events, "no event read"
    assert {events[0]["actor1"], events[0]["actor2"]} == {QSD, "Islamic State (Syria)"}


def test_men_of_no_named_group_are_the_leaders_own() -> None:
    events = _events("وشن مسلحون بقيادة داعش هجوما على حاجز للجيش العراقي قرب الموصل يوم الاثنين.")
    assert events, "no event read"
    assert "Islamic State (Iraq)" in {events[0]["actor1"], events[0]["actor2"]}
