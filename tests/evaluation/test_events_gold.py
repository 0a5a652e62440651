"""The events dev gold set is well-formed: it parses, its refs resolve, its labels are ACLED's."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from rasad.evaluation.events import ACLED_SUB_EVENT_TYPES, CERTAINTIES, validate_gold_event
from rasad.evaluation.run import load_gold

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "gold" / "events_dev.jsonl"
SHARED_DATA = REPO.parent / "shared" / "data"
COUNTRIES = {"SY", "IQ", "YE", "LY"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_gold_file_loads_through_the_evaluator_validation():
    assert len(load_gold(GOLD)) >= 80


def test_every_line_has_an_id_a_ref_and_a_publication_date(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for r in records:
        assert set(r["ref"]) >= {"corpus"} and len(r["ref"]) == 2, r["id"]
        assert "text" not in r, f"{r['id']}: article texts stay out of the project"
        dt.date.fromisoformat(r["published"])


def test_events_use_acled_spellings_and_valid_values(records):
    for r in records:
        for e in r["events"]:
            assert validate_gold_event(e) == [], (r["id"], e)
            assert e["sub_event_type"] in ACLED_SUB_EVENT_TYPES[e["event_type"]]
            assert e["certainty"] in CERTAINTIES
            assert isinstance(e["required"], bool)
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0
            assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180
            dt.date.fromisoformat(e["date"])
            assert e["actor1"], (r["id"], e)


def test_event_dates_are_not_after_publication(records):
    for r in records:
        published = dt.date.fromisoformat(r["published"])
        for e in r["events"]:
            assert dt.date.fromisoformat(e["date"]) <= published, (r["id"], e["date"])


def test_coverage_of_types_countries_corpora_and_eventless_articles(records):
    required_types = Counter(e["event_type"] for r in records for e in r["events"] if e["required"])
    assert set(required_types) == set(ACLED_SUB_EVENT_TYPES)
    assert {r["country"] for r in records} >= COUNTRIES
    corpora = Counter(r["ref"]["corpus"].split("/")[1] for r in records)
    assert set(corpora) == {"ant_multisource", "egynews2013_mideast_world", "saudinewsnet"}
    assert any("sample_conflict_middleEast_200" in r["ref"]["corpus"] for r in records)
    assert sum(1 for r in records if not r["events"]) >= 5


def test_refs_resolve_to_real_articles(records):
    if not SHARED_DATA.exists():
        pytest.skip(f"{SHARED_DATA} is absent (a fresh clone has no ../shared)")
    from rasad.corpora import load_ref

    for r in records:
        article = load_ref(r["ref"], SHARED_DATA)
        assert article.text.strip(), r["id"]
        assert article.published == r["published"], r["id"]
