"""A policeman or security man wounded by an attack is the side hit (the event country's
police), as a killed one is: the passive casualty subject is never the doer."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2016-03-12") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_wounded_policeman_is_the_police_hit() -> None:
    text = "أصيب شرطي بجروح طفيفة صباح اليوم بانفجار قنبلة في مدينة العريش بشمال سيناء."
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor2"] == "Police Forces of Egypt"
    assert events[0]["actor1"] != "Police Forces of Egypt"


def test_wounded_security_man_is_the_police_hit() -> None:
    text = "أصيب رجل أمن بجروح خطيرة إثر انفجار عبوة ناسفة في مدينة بعقوبة."
    events = _events(text, "2023-04-02")
    assert events, "no event read"
    assert (events[0]["actor2"] or "").startswith("Police Forces of Iraq")
    assert not (events[0]["actor1"] or "").startswith("Police Forces")


def test_wounded_civilians_stay_civilians() -> None:
    text = "أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في مدينة بعقوبة."
    events = _events(text, "2023-04-02")
    assert events, "no event read"
    assert events[0]["actor2"] == "Civilians (Iraq)"
