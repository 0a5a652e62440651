"""Keeping the store's clusters current: recluster is idempotent and keeps unchanged rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from rasad.dedup import EventRecord, merge
from rasad.dedup.update import dirty_keys, recluster
from rasad.store import Store, ingest
from rasad.store.models import Event, EventCluster
from tests.store.corpus import GOOD_RECORDS, write_jsonl
from tests.store.fakes import fake_pipeline


def test_recluster_again_changes_nothing(db_url, tmp_path: Path):
    src = write_jsonl(tmp_path / "a.jsonl", GOOD_RECORDS)
    with Store.open(db_url) as store:
        ingest([src], store=store, pipeline=fake_pipeline)
        before = store.snapshot(skip_columns=frozenset())  # timestamps included
        with store.session() as s:
            assert dirty_keys(s) == []
            keys = list(s.scalars(select(EventCluster.dedup_key).distinct()))
            report = recluster(s, keys=keys)
        assert report.changed == 0 and report.clusters == len(before["event_clusters"])
        assert store.snapshot(skip_columns=frozenset()) == before


def test_every_event_belongs_to_exactly_one_cluster(db_url, tmp_path: Path):
    src = write_jsonl(tmp_path / "a.jsonl", GOOD_RECORDS)
    with Store.open(db_url) as store:
        ingest([src], store=store, pipeline=fake_pipeline)
        with store.session() as s:
            assert s.scalar(select(func.count()).where(Event.cluster_id.is_(None))) == 0
            counts = store.counts()
    assert counts["event_sources"] == counts["events"]


def test_merged_cluster_puts_civilians_second():
    a = EventRecord(
        id="x:0", article_id="x", event_type="Violence against civilians",
        actor1="Civilians (Syria)", inter1=7, actor2="Islamic State (Syria)", inter2=2,
        event_date="2019-05-02",
    )
    m = merge([a])
    assert (m["actor1"], m["inter1"], m["actor2"], m["inter2"]) == (
        "Islamic State (Syria)", 2, "Civilians (Syria)", 7)
