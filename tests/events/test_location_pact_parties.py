"""The parties to a pact named before "بين" ("اتفاق سوتشي بين روسيا وتركيا", "الاتفاق المبرم بين
موسكو وأنقرة") are no scene, as the place that names the pact is not; places "between" which
a battle was fought, with no pact word before "بين", stay scenes."""

from __future__ import annotations

import rasad


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in rasad.extract(text, published="2018-10-20")["events"]]


def test_the_parties_to_the_sochi_agreement_are_not_where_shells_fell():
    text = (
        "قتل ثلاثة مدنيين في قصف لقوات النظام على المنطقة منزوعة السلاح المحددة في اتفاق"
        " سوتشي بين روسيا وتركيا."
    )
    assert "Russia" not in _locations(text) and "Turkey" not in _locations(text)


def test_capitals_party_to_an_agreement_are_not_scenes_either():
    text = (
        "قتل ثلاثة مدنيين في قصف لقوات النظام على المنطقة منزوعة السلاح رغم الاتفاق المبرم"
        " بين موسكو وأنقرة."
    )
    assert not {"Moscow", "Ankara"} & set(_locations(text))


def test_a_battle_between_two_towns_keeps_its_scene():
    text = (
        "قتل جنديان في اشتباكات مع الحوثيين على الطريق بين مدينة حيس ومدينة الخوخة جنوب"
        " الحديدة."
    )
    assert _locations(text) == ["Hays"]
