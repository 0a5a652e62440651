"""A first line "OUTLET – CITY" or "WRITER – CITY" is a byline with the city the story was filed
from: no headline. Its city is one of the article's places (role other), never an event's scene."""

from __future__ import annotations

import rasad
from rasad.ingest import parse_scraped


def test_an_outlet_and_city_line_is_no_headline():
    page = parse_scraped("صحيفة الغد – عمان\nأعلنت الحكومة الأردنية اليوم خطة جديدة للنقل.\n")
    assert page.title is None
    assert page.body.startswith("صحيفة الغد – عمان")


def test_a_writer_and_city_line_is_no_headline():
    page = parse_scraped("سامي العتيبي - الرياض\nافتتح أمير المنطقة مستشفى جديدا في حي النسيم.\n")
    assert page.title is None


def test_a_short_headline_with_a_dash_stays_the_headline():
    page = parse_scraped(
        "سوريا - مقتل خمسة مدنيين في قصف على حلب\nقتل خمسة مدنيين اليوم في قصف على حي الشعار.\n"
    )
    assert page.title == "سوريا - مقتل خمسة مدنيين في قصف على حلب"


def test_the_filing_city_is_a_place_but_no_scene():
    out = rasad.extract(
        "صحيفة الغد – القاهرة\nقتل ثلاثة جنود في هجوم شنه مسلحون على نقطة تفتيش أمس.\n",
        published="2015-07-24",
    )
    assert [(p["name"], p["role"]) for p in out["places"]] == [("Cairo", "other")]
    assert all(e["location"] != "Cairo" for e in out["events"])
