"""Two past years ("بين عامي 2013 و2014", "خلال العامين 2003 و2004") and an act named by its
year ("تظاهرات 2009", "انتفاضة 2011") date what the clause tells to the past: history, no
event. A count that looks like a year after an act noun is no year."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-22") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_act_between_two_past_years_is_history() -> None:
    text = "وقالت الشاهدة إنها تعرضت للاغتصاب في باريس مرات عدة بين عامي 2013 و2014."
    assert _subs(text) == []
    text = "وخلال العامين 2015 و2016 سيطر الجيش على مواقع عدة في الساحل الغربي لليمن."
    assert _subs(text) == []


def test_an_act_named_by_its_past_year_is_history() -> None:
    assert _subs("ويحاكم الناشط في طهران بتهمة المساس بالأمن خلال تظاهرات 2009.") == []


def test_a_count_after_an_act_noun_is_no_year() -> None:
    assert _subs("وأصيب 2000 متظاهر في احتجاجات الاثنين في غزة.") == ["Peaceful protest"]
