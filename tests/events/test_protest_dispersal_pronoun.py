"""A dispersal whose pronoun takes up the crowd just told ("وتدخلت الشرطة لتفريقهم", "قبل أن
تفضها الشرطة") is force used on that protest, told in a later clause of its sentence; the
same words after what the crowd protests ("احتجاجا على قمعهم") are its grievance."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-09") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_police_stepping_in_to_disperse_them_make_an_intervention() -> None:
    text = "تظاهر مئات الطلاب أمام جامعة طهران الأحد، وتدخلت الشرطة لتفريقهم."
    assert _subs(text) == ["Protest with intervention"]


def test_a_demonstration_the_police_broke_up_is_an_intervention() -> None:
    text = "نظم مئات الطلاب مظاهرة أمام جامعة طهران الأحد، قبل أن تفضها الشرطة."
    assert _subs(text) == ["Protest with intervention"]


def test_a_protest_against_their_repression_stays_peaceful() -> None:
    text = "تظاهر مئات الطلاب أمام جامعة طهران الأحد احتجاجا على قمعهم في الجامعة."
    assert _subs(text) == ["Peaceful protest"]
