"""A describing aside ("، وهو فصيل ينشط في إدلب") names where a group lives or a town lies,
never the scene of the act its sentence tells."""

from __future__ import annotations

import rasad
from rasad.events.described import aside_spans


def _locations(text: str) -> set[str]:
    return {e["location"] for e in rasad.extract(text, published="2018-05-07")["events"]}


def test_a_place_in_an_aside_about_a_faction_is_not_the_scene():
    text = (
        "قتل ثلاثة من عناصر الحزب الإسلامي التركستاني، وهو فصيل ينشط في إدلب، في غارة روسية"
        " على جسر الشغور."
    )
    assert _locations(text) == {"Jisr ash Shughur"}


def test_a_people_told_to_live_in_two_countries_leaves_the_town_the_scene():
    text = (
        "هز انفجار سوقا في مدينة كويتا الباكستانية صباح السبت. وقال مسؤول في الشرطة إن الانفجار"
        " استهدف أبناء الأقلية الهزارية في المدينة، وهي مجموعة عرقية تعيش في أفغانستان، ولها"
        " وجود في إيران."
    )
    assert _locations(text) == {"Quetta"}


def test_which_led_to_and_while_are_no_asides():
    text = "سقطت قذيفة على السوق، وهو ما أدى إلى مقتل ثلاثة، وهو يقود سيارته في حلب."
    assert aside_spans(text, 0, len(text)) == []
    aside = "فر السكان من بلدة تل أبيض، وهي بلدة تقع على الحدود، ولها معبر مع تركيا."
    ((lo, hi),) = aside_spans(aside, 0, len(aside))
    assert aside[lo:hi] == "، وهي بلدة تقع على الحدود، ولها معبر مع تركيا"
