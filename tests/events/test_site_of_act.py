"""The site of a definite act ("موقع الانفجار", "مكان التفجير") names a place by an act the
article tells: it joins that act (a reference) and makes none of its own."""

from __future__ import annotations

import datetime as dt

import rasad
from rasad.ingest import read_article
from rasad.pipeline import run

PUB = dt.date(2016, 7, 21)
LEAD = "قتل 12 شخصا أمس في انفجار سيارة مفخخة في سوق مدينة الرمادي. "


def _statuses(text: str, word: str) -> list[str]:
    doc = run(read_article(text, published=PUB))
    return [
        s.value.status
        for s in doc.layers["triggers"]
        if doc.text[s.start : s.end] == word and s.start > len(LEAD)
    ]


def test_site_of_the_explosion_is_a_reference() -> None:
    text = LEAD + "وقال نائب عن مدينة الفلوجة إن نواب حزبه وصلوا إلى موقع الانفجار."
    assert _statuses(text, "انفجار") == ["reference"]


def test_place_of_the_bombing_is_a_reference() -> None:
    text = LEAD + "وهرعت سيارات الإسعاف من مدينة الفلوجة إلى مكان التفجير."
    assert _statuses(text, "تفجير") == ["reference"]


def test_site_references_add_no_event() -> None:
    text = LEAD + "وهرعت سيارات الإسعاف من مدينة الفلوجة إلى مكان التفجير."
    events = rasad.extract(text, published=PUB.isoformat())["events"]
    assert [e["sub_event_type"] for e in events] == ["Remote explosive/landmine/IED"]


def test_an_explosion_near_a_military_site_is_still_an_event() -> None:
    text = "وقع انفجار عنيف قرب موقع عسكري في مدينة الرمادي أمس."
    events = rasad.extract(text, published=PUB.isoformat())["events"]
    assert [e["sub_event_type"] for e in events] == ["Remote explosive/landmine/IED"]
