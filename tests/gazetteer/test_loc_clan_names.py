""""آل" + a name is a family or clan ("الشيخ علي آل جابر", "ثلاثة من آل جابر"), not the
village of the same name; after a place noun or "في" the village is meant."""

from __future__ import annotations

import pytest

import rasad


def _names(text: str) -> set[str]:
    return {p["name"] for p in rasad.extract(text, published="2016-05-01")["places"]}


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون الشيخ علي آل جابر في هجوم على منزله في محافظة مأرب.",
        "قتل ثلاثة من آل جابر في هجوم مسلح.",
    ],
)
def test_a_family_name_is_no_place(text):
    assert "Al Jabir" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة في قصف على قرية آل جابر.",
        # a governorate qualifier: under a district the listed Al Jabir lies outside ("في آل
        # جابر بمديرية مجزر" is an unlisted village of Majzar: evidence.place_in_named_district)
        "سقطت قذيفة في آل جابر بمحافظة مأرب.",
    ],
)
def test_a_village_named_after_a_clan_is_read_after_a_place_noun_or_in(text):
    assert "Al Jabir" in _names(text)


def test_a_village_named_after_a_clan_in_a_list_of_places_is_read():
    names = _names("قتل ثلاثة من أبناء مناطق رحبان وآل عمار في صعدة في الغارات.")
    assert "Al Ammar" in names
