"""The second held-out event gold set (gold/events_test2.jsonl) is well formed.

It parses through the evaluator, points at real articles with the recorded publication dates,
shares no article with the other gold files, spells types, sub-types and actors as ACLED does,
dates events no later than publication and keeps the coverage gold/TEST_SETS.md describes.
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
GOLD = REPO / "gold" / "events_test2.jsonl"
OTHER_GOLD = tuple(REPO / "gold" / f"{kind}_{split}.jsonl"
                   for kind in ("places", "events") for split in ("dev", "test"))
CONFLICT_COUNTRIES = {"SY", "IQ", "YE", "LY"}
CORPORA = {"ant_multisource", "egynews2013_mideast_world", "saudinewsnet"}
MIN_ARTICLES = 50
MIN_REQUIRED_EVENTS = 50

# ACLED actor names: a state force with its period tag and optional unit, a generic group with
# its country in brackets, or a named group (with its ACLED acronym prefix when it has one).
_PERIOD = r"\((?:\d{4})-(?:\d{4})?\)"
ACTOR_PATTERNS = tuple(regex.compile(p) for p in (
    rf"^(?:Military|Police) Forces of (?:the )?[A-Z][A-Za-z ]+ {_PERIOD}(?: [A-Z][\w' -]+)?$",
    r"^(?:Civilians|Protesters|Rioters|Unidentified Armed Group|Unidentified Tribal Militia"
    r"|Private Security Forces|Islamic State|Militia) \([A-Z][A-Za-z -]+\)$",
    r"^[A-Z][A-Za-z]*: [A-Z][\w' -]+$",
    r"^(?:Operation Restoring Hope|Global Coalition Against Daesh|Popular Resistance"
    r"|Southern Resistance|Giants Brigade|Sahwa Militia|Derna Protection Force"
    r"|Opposition Rebels \(Syria\)|Unidentified Military Forces)$",
))




def test_file_loads_through_the_evaluator_validation():
    assert len(load_gold(GOLD)) >= MIN_ARTICLES


def test_ids_and_refs_are_unique_and_no_article_text_is_stored():
    checks.ids_and_refs_unique_no_text(GOLD)


def test_no_ref_of_another_gold_file_is_reused():
    checks.no_ref_reused(GOLD, OTHER_GOLD)


def test_events_use_acled_types_and_valid_values():
    checks.events_valid(GOLD)


def test_actors_follow_acled_naming():
    checks.actors_named(GOLD, ACTOR_PATTERNS)


def test_actor_patterns_reject_free_text_names():
    for name in ("Syrian army", "Military Forces of Syria", "Houthis", "Civilians Iraq"):
        assert not any(p.match(name) for p in ACTOR_PATTERNS), name


def test_violence_against_civilians_targets_civilians():
    checks.civilians_are_the_target(GOLD)


def test_coverage_of_types_countries_corpora_and_eventless_articles():
    recs = _records(GOLD)
    required = Counter(e["event_type"] for r in recs for e in r["events"] if e["required"])
    assert set(required) == set(EVENT_TYPES)
    assert sum(required.values()) >= MIN_REQUIRED_EVENTS
    assert {r["country"] for r in recs} >= CONFLICT_COUNTRIES
    assert {r["ref"]["corpus"].split("/")[1] for r in recs} == CORPORA
    assert sum(1 for r in recs if not r["events"]) >= 5


def test_refs_resolve_to_real_articles_with_the_recorded_date():
    checks.refs_resolve(GOLD, (GOLD, *OTHER_GOLD))


def test_no_article_repeats_the_body_of_another_gold_article():
    checks.no_body_repeated(GOLD, OTHER_GOLD)
