"""The third held-out event gold set (gold/events_test3.jsonl) is well formed.

It parses through the evaluator, points at real articles with the recorded publication dates
and bodies the selection allowed, shares no article with any other gold file, spells types,
sub-types and actors as ACLED does, dates events no later than publication and keeps the
coverage gold/TEST_SETS.md describes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import regex
from tests.evaluation.gold_files import articles_for
from tests.evaluation.gold_files import records as _records
from tests.evaluation.gold_files import ref_key as _ref_key

from rasad.evaluation.events import CERTAINTIES, validate_gold_event
from rasad.evaluation.run import load_gold
from rasad.taxonomy import EVENT_TYPES

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "gold" / "events_test3.jsonl"
OTHER_GOLD = tuple(sorted(p for p in (REPO / "gold").glob("*.jsonl") if p != GOLD))
DATA = REPO.parent / "shared" / "data"
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


def _article(ref: dict):
    return articles_for((GOLD, *OTHER_GOLD)).get((ref["corpus"], _ref_key(ref)[1]))


def _needs_data() -> None:
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent (a fresh clone has no ../shared)")


def test_file_loads_through_the_evaluator_validation():
    assert len(load_gold(GOLD)) >= MIN_ARTICLES


def test_ids_and_refs_are_unique_and_no_article_text_is_stored():
    recs = _records(GOLD)
    assert [i for i, n in Counter(r["id"] for r in recs).items() if n > 1] == []
    assert [k for k, n in Counter(_ref_key(r["ref"]) for r in recs).items() if n > 1] == []
    for r in recs:
        assert "text" not in r and "path" not in r, f"{r['id']}: texts stay out of the project"
        assert r["ref"]["corpus"].startswith("news/") and len(r["ref"]) == 2, r["id"]
        dt.date.fromisoformat(r["published"])
        assert len(r["country"]) == 2 and r["country"].isupper(), r["id"]
        assert r.get("note"), f"{r['id']}: every article records the annotator's decisions"


def test_no_ref_of_another_gold_file_is_reused():
    assert GOLD not in OTHER_GOLD and len(OTHER_GOLD) >= 5
    others = {_ref_key(r["ref"]) for p in OTHER_GOLD for r in _records(p)}
    assert [r["id"] for r in _records(GOLD) if _ref_key(r["ref"]) in others] == []


def test_events_use_acled_types_and_valid_values():
    for r in _records(GOLD):
        published = dt.date.fromisoformat(r["published"])
        for e in r["events"]:
            where = (r["id"], e["location"], e["date"])
            assert validate_gold_event(e) == [], where
            assert e["sub_event_type"] in EVENT_TYPES[e["event_type"]], where
            assert set(e["alt_sub_event_types"]) <= set(EVENT_TYPES[e["event_type"]]), where
            assert e["sub_event_type"] not in e["alt_sub_event_types"], where
            assert e["certainty"] in CERTAINTIES, where
            assert isinstance(e["required"], bool), where
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0, where
            assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180, where
            assert (e["lat"], e["lon"]) != (0, 0), where
            assert e["location"], where
            assert dt.date.fromisoformat(e["date"]) <= published, where
            assert e["actor1"] and e["actor1"] != e["actor2"], where


def test_actors_follow_acled_naming():
    bad = [(r["id"], actor) for r in _records(GOLD) for e in r["events"]
           for actor in (e["actor1"], e["actor2"])
           if actor is not None and not any(p.match(actor) for p in ACTOR_PATTERNS)]
    assert bad == []


def test_actor_patterns_reject_free_text_names():
    for name in ("Syrian army", "Military Forces of Syria", "Houthis", "Civilians Iraq",
                 "Government of Sudan", "settlers"):
        assert not any(p.match(name) for p in ACTOR_PATTERNS), name


def test_violence_against_civilians_targets_civilians():
    for r in _records(GOLD):
        for e in r["events"]:
            if e["event_type"] == "Violence against civilians":
                assert (e["actor2"] or "").startswith("Civilians ("), r["id"]


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
    _needs_data()
    for r in _records(GOLD):
        article = _article(r["ref"])
        assert article is not None, f"{r['id']}: {r['ref']} not found"
        assert article.text.strip(), r["id"]
        assert article.published == r["published"], r["id"]


def test_bodies_fit_the_selection_length():
    _needs_data()
    lo, hi = BODY_CHARS
    assert [r["id"] for r in _records(GOLD) if not lo <= len(_article(r["ref"]).text) <= hi] == []


def test_no_article_repeats_the_body_of_another_gold_article():
    _needs_data()
    others = {_article(r["ref"]).text.strip() for p in OTHER_GOLD for r in _records(p)}
    assert [r["id"] for r in _records(GOLD) if _article(r["ref"]).text.strip() in others] == []
