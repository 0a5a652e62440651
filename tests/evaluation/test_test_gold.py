"""The held-out test gold sets (gold/places_test.jsonl, gold/events_test.jsonl) are well formed.

They parse through the evaluator, point at real articles, share no article with the dev sets,
use ACLED's spellings and keep the coverage TEST_SETS.md promises.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from tests.evaluation.gold_files import articles_for
from tests.evaluation.gold_files import records as _records
from tests.evaluation.gold_files import ref_key as _ref_key

from rasad.evaluation.events import ACLED_SUB_EVENT_TYPES, CERTAINTIES, validate_gold_event
from rasad.evaluation.run import load_gold

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "gold"
PLACES = GOLD / "places_test.jsonl"
EVENTS = GOLD / "events_test.jsonl"
DEV = (GOLD / "places_dev.jsonl", GOLD / "events_dev.jsonl")
DATA = REPO.parent / "shared" / "data"
ROLES = {"event_location", "origin", "destination", "other"}
CONFLICT_COUNTRIES = {"SY", "IQ", "YE", "LY"}
CORPORA = {"ant_multisource", "egynews2013_mideast_world", "saudinewsnet"}
MIN_PLACE_ARTICLES = 40
MIN_EVENT_ARTICLES = 50


def _article(ref: dict):
    return articles_for((PLACES, EVENTS, *DEV)).get((ref["corpus"], _ref_key(ref)[1]))


def test_both_files_load_through_the_evaluator_validation():
    assert len(load_gold(PLACES)) >= MIN_PLACE_ARTICLES
    assert len(load_gold(EVENTS)) >= MIN_EVENT_ARTICLES


@pytest.mark.parametrize("path", [PLACES, EVENTS], ids=["places", "events"])
def test_ids_and_refs_are_unique_and_no_article_text_is_stored(path):
    recs = _records(path)
    assert [i for i, n in Counter(r["id"] for r in recs).items() if n > 1] == []
    assert [k for k, n in Counter(_ref_key(r["ref"]) for r in recs).items() if n > 1] == []
    for r in recs:
        assert "text" not in r, f"{r['id']}: article texts stay out of the project"
        assert r["ref"]["corpus"].startswith("news/") and len(r["ref"]) == 2, r["id"]
        dt.date.fromisoformat(r["published"])


@pytest.mark.parametrize("path", [PLACES, EVENTS], ids=["places", "events"])
def test_no_article_of_the_dev_sets_is_reused(path):
    dev = {_ref_key(r["ref"]) for p in DEV for r in _records(p)}
    assert [r["id"] for r in _records(path) if _ref_key(r["ref"]) in dev] == []


def test_every_place_is_complete_and_in_range():
    for r in _records(PLACES):
        assert r["places"], f"{r['id']} has no places"
        mentions = Counter(p["mention"] for p in r["places"])
        assert [m for m, n in mentions.items() if n > 1] == [], r["id"]
        for p in r["places"]:
            where = f"{r['id']} {p['mention']}"
            assert p["name"] and p["mention"], where
            assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180, where
            assert (p["lat"], p["lon"]) != (0, 0), where
            assert len(p["country"]) == 2 and p["country"].isupper(), where
            assert p["role"] in ROLES, where
            assert p["geo_precision"] in (1, 2, 3), where
            assert p["source"] in ("wof", "annotator"), where
            assert p["source"] != "wof" or p.get("wof_id"), where
            assert p.get("place_type") in (None, "country"), where
            if p.get("place_type") == "country":
                assert p["admin1"] is None and p["geo_precision"] == 3, where
            assert isinstance(p.get("aliases", []), list), where


def test_places_cover_the_conflict_countries_every_role_and_every_corpus():
    recs = _records(PLACES)
    assert {p["country"] for r in recs for p in r["places"]} >= CONFLICT_COUNTRIES
    assert {p["role"] for r in recs for p in r["places"]} == ROLES
    assert {r["ref"]["corpus"].split("/")[1] for r in recs} == CORPORA


def test_events_use_acled_spellings_and_valid_values():
    for r in _records(EVENTS):
        published = dt.date.fromisoformat(r["published"])
        for e in r["events"]:
            where = (r["id"], e["location"])
            assert validate_gold_event(e) == [], where
            assert e["sub_event_type"] in ACLED_SUB_EVENT_TYPES[e["event_type"]], where
            assert e["sub_event_type"] not in e["alt_sub_event_types"], where
            assert e["certainty"] in CERTAINTIES, where
            assert isinstance(e["required"], bool), where
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0, where
            assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180, where
            assert dt.date.fromisoformat(e["date"]) <= published, where
            assert e["actor1"] and e["actor1"] != e.get("actor2"), where


def test_violence_against_civilians_targets_civilians_or_unarmed_un_staff():
    for r in _records(EVENTS):
        for e in r["events"]:
            if e["event_type"] == "Violence against civilians":
                target = e["actor2"] or ""
                assert target.startswith("Civilians (") or target == "UN: United Nations", r["id"]


def test_events_cover_every_type_the_conflict_countries_and_eventless_articles():
    recs = _records(EVENTS)
    required = Counter(e["event_type"] for r in recs for e in r["events"] if e["required"])
    assert set(required) == set(ACLED_SUB_EVENT_TYPES)
    assert sum(required.values()) >= 40
    assert {r["country"] for r in recs} >= CONFLICT_COUNTRIES
    assert {r["ref"]["corpus"].split("/")[1] for r in recs} == CORPORA
    assert sum(1 for r in recs if not r["events"]) >= 5
    assert all(r.get("note") for r in recs), "every article records the annotator's decisions"


@pytest.mark.parametrize("path", [PLACES, EVENTS], ids=["places", "events"])
def test_refs_resolve_to_real_articles_with_the_recorded_date(path):
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent (a fresh clone has no ../shared)")
    for r in _records(path):
        article = _article(r["ref"])
        assert article is not None, f"{r['id']}: {r['ref']} not found"
        assert article.text.strip(), r["id"]
        assert article.published == r["published"], r["id"]


def test_every_place_mention_and_alias_occurs_in_its_article():
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent (a fresh clone has no ../shared)")
    from rasad.arabic.match import PhraseMatcher

    missing = []
    for r in _records(PLACES):
        text = _article(r["ref"]).text
        for p in r["places"]:
            for form in [p["mention"], *p.get("aliases", [])]:
                if not PhraseMatcher([(form, None)]).find(text):
                    missing.append(f"{r['id']}: {form}")
    assert missing == []


def test_no_test_article_repeats_a_dev_article_body():
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent (a fresh clone has no ../shared)")
    dev_bodies = {_article(r["ref"]).text.strip() for p in DEV for r in _records(p)}
    for path in (PLACES, EVENTS):
        for r in _records(path):
            assert _article(r["ref"]).text.strip() not in dev_bodies, r["id"]
