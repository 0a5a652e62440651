""" "قالت الشرطة إنها قتلت ثلاثة مسلحين": a verb agreeing with the pronoun on "إنها/أنهم" is
active and its subject is the speaker, though a death verb's object names no doer; "أنه قتل"
(which may be impersonal: "it was that … were killed") does not make the speaker the killer."""

from __future__ import annotations

import rasad

IRAQ_POLICE = "Police Forces of Iraq (2014-2018)"


def _events(text: str, published: str = "2016-05-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_police_saying_they_killed_gunmen_are_actor1() -> None:
    events = _events("قالت الشرطة العراقية إنها قتلت ثلاثة مسلحين في مدينة الرمادي أمس.")
    assert events, "no event read"
    assert events[0]["actor1"] == IRAQ_POLICE


def test_an_impersonal_anna_hu_leaves_the_police_the_source() -> None:
    events = _events(
        "أعلنت الشرطة العراقية أنه قتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة الرمادي أمس."
    )
    assert events, "no event read"
    assert events[0]["actor1"] != IRAQ_POLICE
