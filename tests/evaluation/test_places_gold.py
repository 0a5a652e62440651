"""The place dev gold (gold/places_dev.jsonl) is well formed and points at real text."""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from rasad.arabic.match import PhraseMatcher
from rasad.corpora import load_ref

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "gold" / "places_dev.jsonl"
DATA = REPO.parent / "shared" / "data"
ROLES = {"event_location", "origin", "destination", "other"}
MIN_ARTICLES = 60


@lru_cache(maxsize=1)
def records() -> list[dict]:
    with open(GOLD, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_every_line_parses_and_ids_are_unique():
    recs = records()
    assert len(recs) >= MIN_ARTICLES
    ids = Counter(r["id"] for r in recs)
    assert [i for i, n in ids.items() if n > 1] == []
    refs = Counter(json.dumps(r["ref"], sort_keys=True) for r in recs)
    assert [r for r, n in refs.items() if n > 1] == []


def test_records_carry_refs_not_article_text():
    for r in records():
        assert "text" not in r, r["id"]
        assert set(r["ref"]) & {"docno", "blob", "url"}, r["id"]
        assert r["ref"]["corpus"].startswith("news/"), r["id"]
        assert len(r["published"]) == 10 and r["published"][4] == "-", r["id"]


def test_every_place_is_complete_and_in_range():
    for r in records():
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
            assert p.get("source") in ("wof", "annotator"), where
            assert p.get("place_type") in (None, "country"), where
            if p.get("place_type") == "country":
                assert p["admin1"] is None and p["geo_precision"] == 3, where
            assert isinstance(p.get("aliases", []), list), where


def test_set_covers_the_four_conflict_countries_and_every_role():
    recs = records()
    countries = Counter(p["country"] for r in recs for p in r["places"])
    assert {"SY", "IQ", "YE", "LY"} <= set(countries)
    roles = Counter(p["role"] for r in recs for p in r["places"])
    assert set(roles) == ROLES
    corpora = {r["ref"]["corpus"].split("/")[1] for r in recs}
    assert corpora == {"ant_multisource", "egynews2013_mideast_world", "saudinewsnet"}


def test_every_ref_resolves_and_every_mention_occurs_in_the_text():
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent (a fresh clone has no ../shared)")
    missing = []
    for r in records():
        article = load_ref(r["ref"], data_root=DATA)
        assert article.text, r["id"]
        for p in r["places"]:
            for form in [p["mention"], *p.get("aliases", [])]:
                # one matcher per form: a longer gold form must not hide a shorter one
                hits = PhraseMatcher([(form, None)]).find(article.text)
                if not hits:
                    missing.append(f"{r['id']}: {form}")
    assert missing == []
