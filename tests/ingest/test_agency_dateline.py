"""A news agency's dateline on the first line, "TOWN <Hijri date> هـ الموافق <date> م واس": no
headline and no author; its dates are the article's, and the line stays in the body so its
town is one of the article's places (role other)."""

from __future__ import annotations

import rasad
from rasad.ingest import parse_scraped

_BODY = "أعلنت وزارة الداخلية أن قوات الأمن فككت خلية إرهابية تضم خمسة عناصر في مدينة فاس.\n"


def test_the_dateline_stays_in_the_body_with_its_dates():
    page = parse_scraped("الرباط 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n" + _BODY)
    assert page.title is None
    assert page.author is None
    assert str(page.published) == "2015-08-11"
    assert page.body.startswith("الرباط 26 شوال 1436 هـ")


def test_a_two_word_town_keeps_the_dates_too():
    page = parse_scraped("إسلام آباد 18 شوال 1436 هـ الموافق 03 أغسطس 2015 م واس\n" + _BODY)
    assert str(page.published) == "2015-08-03"
    assert page.body.startswith("إسلام آباد")


def test_a_hijri_dateline_alone_is_no_headline():
    page = parse_scraped("القاهرة 26 شوال 1436 هـ\n" + _BODY)
    assert page.title is None
    assert page.body.startswith("القاهرة")


def test_the_dateline_town_is_a_place_of_role_other():
    text = "الرباط 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n" + _BODY
    places = rasad.extract(text)["places"]
    assert ("Rabat", "other") in {(p["name"], p["role"]) for p in places}
