"""The third held-out event gold set (gold/events_test3.jsonl) is well formed.

It parses through the evaluator, points at real articles with the recorded publication dates
and bodies the selection allowed, shares no article with any other gold file, spells types,
sub-types and actors as ACLED does, dates events no later than publication and keeps the
coverage gold/TEST_SETS.md describes.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import regex
from tests.evaluation import heldout_event_checks as checks
from tests.evaluation.gold_files import records as _records

from rasad.evaluation.run import load_gold
from rasad.taxonomy import EVENT_TYPES

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "gold" / "events_test3.jsonl"
OTHER_GOLD = tuple(sorted(p for p in (REPO / "gold").glob("*.jsonl") if p != GOLD))
CONFLICT_COUNTRIES = {"SY", "IQ", "YE", "LY"}
CORPORA = {"ant_multisource", "egynews2013_mideast_world", "saudinewsnet"}
MIN_ARTICLES = 45
MIN_REQUIRED_EVENTS = 40
MIN_EVENTLESS = 10
BODY_CHARS = (250, 1200)

# ACLED actor names: a state force or government with its period tag and optional unit, a
# generic group with its country in brackets, a named group with its ACLED acronym prefix, or
# one of the named groups ACLED spells without a prefix.
_PERIOD = r"\((?:\d{4})-(?:\d{4})?\)"
ACTOR_PATTERNS = tuple(regex.compile(p) for p in (
    rf"^(?:Military|Police) Forces of (?:the )?[A-Z][A-Za-z ]+ {_PERIOD}(?: [A-Z][\w' -]+)?$",
    rf"^Government of (?:the )?[A-Z][A-Za-z ]+ {_PERIOD}$",
    r"^(?:Civilians|Protesters|Rioters|Settlers|Unidentified Armed Group|Islamic State"
    r"|Unidentified Tribal Militia|Sunni Muslim Militia|Alawite Muslim Militia) "
    r"\([A-Z][A-Za-z -]+\)$",
    r"^Militia \([A-Z][\w' -]+\)$",
    r"^[A-Z][A-Za-z/-]*: [A-Z][\w' /()-]+$",
    r"^(?:Operation Restoring Hope|Global Coalition Against Daesh|Popular Resistance"
    r"|Southern Resistance|Giants Brigade|Derna Protection Force|Opposition Rebels \(Syria\)"
    r"|Unidentified Military Forces|Hezbollah|Kataib Hezbollah|Hamas Movement|Al Qaeda)$",
))




def test_file_loads_through_the_evaluator_validation():
    assert len(load_gold(GOLD)) >= MIN_ARTICLES


def test_ids_and_refs_are_unique_and_no_article_text_is_stored():
    checks.ids_and_refs_unique_no_text(GOLD)


def test_no_ref_of_another_gold_file_is_reused():
    assert GOLD not in OTHER_GOLD and len(OTHER_GOLD) >= 5
    checks.no_ref_reused(GOLD, OTHER_GOLD)


def test_events_use_acled_types_and_valid_values():
    checks.events_valid(GOLD)


def test_actors_follow_acled_naming():
    checks.actors_named(GOLD, ACTOR_PATTERNS)


def test_actor_patterns_reject_free_text_names():
    for name in ("Syrian army", "Military Forces of Syria", "Houthis", "Civilians Iraq",
                 "Government of Sudan", "settlers"):
        assert not any(p.match(name) for p in ACTOR_PATTERNS), name


def test_violence_against_civilians_targets_civilians():
    checks.civilians_are_the_target(GOLD)


def test_protests_have_protesters_and_riots_rioters_as_actor1():
    for r in _records(GOLD):
        for e in r["events"]:
            if e["event_type"] == "Protests":
                assert e["actor1"].startswith("Protesters ("), r["id"]
            if e["event_type"] == "Riots":
                assert e["actor1"].startswith("Rioters ("), r["id"]


def test_coverage_of_types_countries_corpora_and_eventless_articles():
    recs = _records(GOLD)
    required = Counter(e["event_type"] for r in recs for e in r["events"] if e["required"])
    assert set(required) == set(EVENT_TYPES)
    assert sum(required.values()) >= MIN_REQUIRED_EVENTS
    assert {r["country"] for r in recs} >= CONFLICT_COUNTRIES | {"PS", "LB", "SD"}
    assert {r["ref"]["corpus"].split("/")[1] for r in recs} == CORPORA
    assert sum(1 for r in recs if not r["events"]) >= MIN_EVENTLESS


def test_refs_resolve_to_real_articles_with_the_recorded_date():
    checks.refs_resolve(GOLD, (GOLD, *OTHER_GOLD))


def test_bodies_fit_the_selection_length():
    checks.needs_data()
    lo, hi = BODY_CHARS
    files = (GOLD, *OTHER_GOLD)
    too_long = [r["id"] for r in _records(GOLD)
                if not lo <= len(checks.article(r["ref"], files).text) <= hi]
    assert too_long == []


def test_no_article_repeats_the_body_of_another_gold_article():
    checks.no_body_repeated(GOLD, OTHER_GOLD)
