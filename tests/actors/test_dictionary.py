"""The actor dictionary: date-valid ACLED names, inter codes, validation of the data file."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.actors import (
    UnknownActorError,
    actor_info,
    actor_inter,
    default_lexicon,
    resolve_actor_name,
)
from rasad.actors.dictionary import INTER_KINDS, Lexicon, plural_variants
from rasad.errors import ConfigError
from rasad.resources import load_yaml

D = dt.date
SYRIA = "Military Forces of Syria (2000-2024)"


@pytest.mark.parametrize(
    ("name", "on", "expected"),
    [
        (SYRIA, D(2018, 5, 21), SYRIA),
        (SYRIA, D(2024, 12, 8), SYRIA),
        (SYRIA, D(2024, 12, 9), "Military Forces of Syria (2024-)"),
        ("Military Forces of Syria (2024-)", D(2019, 1, 1), SYRIA),
        ("Military Forces of Syria (2000-)", D(2020, 5, 1), SYRIA),  # ACLED's 2020 spelling
        ("Military Forces of Iraq (2022-)", D(2016, 10, 17), "Military Forces of Iraq (2014-2018)"),
        ("Military Forces of Iraq (2018-)", D(2020, 6, 1), "Military Forces of Iraq (2020-2022)"),
        (
            "Military Forces of Iraq (2022-) Popular Mobilization Forces",
            D(2019, 3, 1),
            "Military Forces of Iraq (2018-2020) Popular Mobilization Forces",
        ),
        ("HTS: Hayat Tahrir al Sham", D(2015, 3, 28), "Jabhat al Nusra"),
        ("HTS: Hayat Tahrir al Sham", D(2016, 9, 1), "JFS: Jabhat Fateh al Sham"),
        ("Jabhat al Nusra", D(2019, 1, 1), "HTS: Hayat Tahrir al Sham"),
        ("Operation Restoring Hope", D(2015, 4, 1), "Operation Decisive Storm"),
        ("Military Forces of Israel (2022-)", D(2021, 5, 15),
         "Military Forces of Israel (2009-2021)"),
        ("Military Forces of Israel (2009-)", D(2023, 10, 8), "Military Forces of Israel (2022-)"),
        (
            "Military Forces of Yemen (2012-)",
            D(2023, 1, 1),
            "Military Forces of Yemen (2022-) Presidential Leadership Council",
        ),
        ("RSF: Rapid Support Forces", D(2021, 1, 1),
         "Military Forces of Sudan (2019-2023) Rapid Support Forces"),
        ("Rapid Support Forces", D(2024, 1, 1), "Rapid Support Forces"),
        ("Civilians (Syria)", D(2018, 5, 21), "Civilians (Syria)"),  # templates carry no period
        ("Military Forces of Syria (2000-) Prison Guards", D(2020, 5, 1),
         "Military Forces of Syria (2000-2024) Prison Guards"),
        ("Military Forces of Iraq (2018-) Rapid Reaction Force", D(2023, 1, 1),
         "Military Forces of Iraq (2022-) Rapid Reaction Force"),
        ("Islamic State (Syria)", D(2018, 5, 21), "Islamic State (Syria)"),
    ],
)
def test_resolve_actor_name_gives_the_name_valid_on_the_date(name, on, expected):
    assert resolve_actor_name(name, on) == expected


def test_resolve_actor_name_without_a_date_gives_the_canonical_name():
    assert resolve_actor_name("Military Forces of Syria (2024-)", None) == SYRIA


def test_resolve_actor_name_keeps_unknown_names():
    assert resolve_actor_name("Some Militia (Chad)", D(2020, 1, 1)) == "Some Militia (Chad)"


def test_actor_info_reports_inter_country_and_kind():
    info = actor_info(SYRIA)
    assert (info.canonical, info.inter, info.country, info.kind) == (SYRIA, 1, "SY", "state forces")
    assert actor_info("Military Forces of Russia (2000-)").inter == 8
    assert actor_info("Islamic State (Iraq)").country == "IQ"


def test_actor_info_uses_the_period_inter_code_when_it_changes():
    assert actor_info("Military Forces of Sudan (2019-2023) Rapid Support Forces").inter == 1
    assert actor_info("Rapid Support Forces").inter == 2


def test_a_foreign_army_is_external_abroad_and_state_forces_at_home():
    assert actor_inter("Military Forces of Turkey (2016-)", country="SY") == 8
    assert actor_inter("Military Forces of Turkey (2016-)", country="TR") == 1
    assert actor_inter("Military Forces of Saudi Arabia (2015-)") == 8
    assert actor_inter("Military Forces of Syria (2000-2024)", country="SY") == 1
    assert actor_inter("RSF: Rapid Support Forces", on=D(2020, 1, 1)) == 1
    assert actor_inter("Civilians (Yemen)", country="YE") == 7


def test_actor_info_understands_template_names():
    info = actor_info("Civilians (Yemen)")
    assert (info.inter, info.country) == (7, "YE")
    assert actor_info("Protesters (Iraq)").inter == 6
    assert actor_info("Unidentified Armed Group (Libya)").inter == 3


def test_actor_info_gives_units_the_inter_code_of_their_force():
    info = actor_info("Military Forces of Syria (2000-) 4th Armored Division")
    assert (info.inter, info.country) == (1, "SY")


def test_actor_info_raises_a_key_error_for_unknown_names():
    with pytest.raises(UnknownActorError, match="not in rasad's actor dictionary"):
        actor_info("No Such Actor")
    with pytest.raises(KeyError):
        actor_info("Civilians (Atlantis)")


def test_every_dictionary_name_round_trips_through_actor_info():
    lex = default_lexicon()
    for entry in lex.entries.values():
        assert entry.inter in INTER_KINDS
        for day in (D(2012, 1, 1), D(2018, 5, 21), D(2025, 6, 1), None):
            name = lex.name_on(entry, day)
            assert lex.entry_for(name) is entry, name
            assert actor_info(name).country == entry.country


def test_plural_variants_swap_sound_plural_endings():
    assert set(plural_variants("الحوثيون")) == {"الحوثيون", "الحوثيين"}
    assert set(plural_variants("مسلحون مجهولون")) >= {"مسلحين مجهولون", "مسلحون مجهولين"}
    assert plural_variants("قسد") == ["قسد"]


def _lexicon(actors, **extra):
    return Lexicon({"countries": {"SY": {"name": "Syria", "words": ["سوريا"]}},
                    "actors": actors, **extra})


def test_lexicon_rejects_overlapping_periods():
    bad = [{"canonical": "A", "inter": 1, "country": "SY", "names": [
        {"name": "A (1)", "until": "2020-01-01"}, {"name": "A (2)", "from": "2019-01-01"}]}]
    with pytest.raises(ConfigError, match="overlap"):
        _lexicon(bad)


def test_lexicon_rejects_bad_inter_codes_and_unknown_countries():
    with pytest.raises(ConfigError, match="inter codes are integers 1-8"):
        _lexicon([{"canonical": "A", "inter": 9, "country": "SY"}])
    with pytest.raises(ConfigError, match="not an ISO2 code"):
        _lexicon([{"canonical": "A", "inter": 1, "country": "Syria"}])


def test_lexicon_rejects_one_acled_name_for_two_actors():
    with pytest.raises(ConfigError, match="belongs to both"):
        _lexicon([{"canonical": "A", "inter": 1, "country": "SY"},
                  {"canonical": "B", "inter": 1, "country": "SY", "aliases": ["A"]}])


def test_lexicon_rejects_a_unit_of_an_unknown_parent():
    with pytest.raises(ConfigError, match="names parent"):
        _lexicon([{"canonical": "U", "inter": 1, "country": "SY", "unit": "U", "parent": "X"}])


def test_lexicon_rejects_a_generic_family_nobody_serves():
    with pytest.raises(ConfigError, match="generic family 'police'"):
        _lexicon([{"canonical": "A", "inter": 1, "country": "SY"}], generic={"police": ["الشرطة"]})


# ------------------------------------------------------------------------------- wars
def test_wars_make_the_actors_of_different_camps_foes() -> None:
    lex = Lexicon(load_yaml("actors.yaml"))
    # any ACLED name of an entry counts: a period name, and a unit fights in its force's camp
    assert lex.are_foes("Military Forces of Yemen (2015-2017) Houthi-Saleh", "Popular Resistance")
    assert lex.are_foes(
        "Military Forces of Iraq (2014-2018) Popular Mobilization Forces", "Islamic State (Iraq)"
    )
    assert not lex.are_foes("Popular Resistance", "Operation Restoring Hope")  # one camp
    assert not lex.are_foes("Civilians (Syria)", "Military Forces of Syria (2000-2024)")


def test_a_war_naming_an_unknown_actor_is_a_config_error() -> None:
    data = {
        "actors": [{"canonical": "Alpha Front", "inter": 2}],
        "wars": {"w": [["Alpha Front"], ["Beta Front"]]},
    }
    with pytest.raises(ConfigError, match="Beta Front"):
        Lexicon(data)
