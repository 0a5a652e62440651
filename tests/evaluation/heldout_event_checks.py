"""Checks every held-out event gold file must pass (shared by the per-set test modules, which
add the coverage and naming rules of their own set)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from tests.evaluation.gold_files import DATA, articles_for, records, ref_key

from rasad.evaluation.events import CERTAINTIES, validate_gold_event
from rasad.taxonomy import EVENT_TYPES


def needs_data() -> None:
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent (a fresh clone has no ../shared)")


def article(ref: dict, files: tuple[Path, ...]):
    return articles_for(files).get((ref["corpus"], ref_key(ref)[1]))


def ids_and_refs_unique_no_text(gold: Path) -> None:
    recs = records(gold)
    assert [i for i, n in Counter(r["id"] for r in recs).items() if n > 1] == []
    assert [k for k, n in Counter(ref_key(r["ref"]) for r in recs).items() if n > 1] == []
    for r in recs:
        assert "text" not in r and "path" not in r, f"{r['id']}: texts stay out of the project"
        assert r["ref"]["corpus"].startswith("news/") and len(r["ref"]) == 2, r["id"]
        dt.date.fromisoformat(r["published"])
        assert len(r["country"]) == 2 and r["country"].isupper(), r["id"]


def no_ref_reused(gold: Path, others: tuple[Path, ...]) -> None:
    taken = {ref_key(r["ref"]) for p in others for r in records(p)}
    assert [r["id"] for r in records(gold) if ref_key(r["ref"]) in taken] == []


def events_valid(gold: Path) -> None:
    """ACLED types and sub-types, valid values, coordinates, no event after publication."""
    for r in records(gold):
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


def actors_named(gold: Path, patterns: Sequence) -> None:
    bad = [(r["id"], actor) for r in records(gold) for e in r["events"]
           for actor in (e["actor1"], e["actor2"])
           if actor is not None and not any(p.match(actor) for p in patterns)]
    assert bad == []


def civilians_are_the_target(gold: Path) -> None:
    for r in records(gold):
        for e in r["events"]:
            if e["event_type"] == "Violence against civilians":
                assert (e["actor2"] or "").startswith("Civilians ("), r["id"]


def refs_resolve(gold: Path, files: tuple[Path, ...]) -> None:
    needs_data()
    for r in records(gold):
        found = article(r["ref"], files)
        assert found is not None, f"{r['id']}: {r['ref']} not found"
        assert found.text.strip(), r["id"]
        assert found.published == r["published"], r["id"]


def no_body_repeated(gold: Path, others: tuple[Path, ...]) -> None:
    needs_data()
    files = (gold, *others)
    seen = {article(r["ref"], files).text.strip() for p in others for r in records(p)}
    assert [r["id"] for r in records(gold) if article(r["ref"], files).text.strip() in seen] == []
