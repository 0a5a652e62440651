"""The ingest engine: raw first, idempotent, quarantine, workers, resume, clusters."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from rasad.errors import ConfigError
from rasad.store import Store, ingest, iter_clusters
from rasad.store.models import PENDING, Article, Quarantine
from tests.store.corpus import GOOD_RECORDS, write_corpus, write_jsonl
from tests.store.fakes import fake_pipeline

DAY = dt.date(2019, 5, 3)  # publication date for the one .txt article that carries none


def _run(store: Store, sources, **kw):
    kw.setdefault("pipeline", fake_pipeline)
    kw.setdefault("published_default", DAY)
    return ingest(sources, store=store, **kw)


def test_corpus_is_stored_extracted_quarantined_and_clustered(db_url, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    with Store.open(db_url) as store:
        report = _run(store, [corpus])
        assert (report.seen, report.processed, report.quarantined) == (11, 6, 5)
        counts = store.counts()
    assert counts["articles"] == 11  # broken inputs keep their raw bytes too
    assert counts["events"] == 6
    assert counts["quarantine"] == 5
    assert counts["event_clusters"] == 3  # Saraqib ×3 outlets, Khan Shaykhun ×2, Douma ×1
    assert counts["event_sources"] == 6


def test_ingesting_twice_stores_each_article_once(db_url, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    with Store.open(db_url) as store:
        _run(store, [corpus])
        first = store.snapshot()
        again = _run(store, [corpus, corpus / "feed.jsonl"])  # overlapping sources too
        assert again.processed == again.quarantined == 0
        assert again.already == again.seen == 11 + 8
        assert store.snapshot() == first


def test_raw_bytes_and_their_sha256_are_kept_for_every_article(db_url, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    with Store.open(db_url) as store:
        _run(store, [corpus])
        with store.session() as s:
            rows = s.execute(select(Article.id, Article.raw, Article.raw_size)).all()
    assert rows
    for aid, raw, size in rows:
        assert hashlib.sha256(raw).hexdigest() == aid and len(raw) == size
    png = (corpus / "more" / "image.txt").read_bytes()
    assert hashlib.sha256(png).hexdigest() in {r[0] for r in rows}


def test_quarantine_names_the_stage_the_error_and_the_raw_input(db_url, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    with Store.open(db_url) as store:
        _run(store, [corpus])
        with store.session() as s:
            rows = s.execute(
                select(Quarantine.source_ref, Quarantine.stage, Quarantine.error,
                       Article.status).join(Article, Article.id == Quarantine.article_id)
            ).all()
    by_ref = {ref.rsplit("/", 1)[-1]: (stage, error, status) for ref, stage, error, status in rows}
    assert by_ref["feed.jsonl#line=5"][0] == "read" and "JSON" in by_ref["feed.jsonl#line=5"][1]
    assert by_ref["feed.jsonl#line=6"][0] == "read"
    assert "no article text" in by_ref["feed.jsonl#line=7"][1]
    refused = by_ref["feed.jsonl#line=8"]
    assert refused[0] == "pipeline" and "مستحيل" in refused[1]
    assert "PNG" in by_ref["image.txt"][1]
    assert {status for _, _, status in by_ref.values()} == {"quarantined"}


def test_stage_errors_from_a_pipeline_carry_the_stage_name(db_url, tmp_path: Path):
    corpus = write_jsonl(tmp_path / "x.jsonl", [
        {"id": "r", "published": "2019-05-05", "text": "خبر\n\nخبر مستحيل عن قصف على دوما."}
    ])
    with Store.open(db_url) as store:
        report = _run(store, [corpus], pipeline=["tests.store.fakes:KeywordEvents"])
    assert report.quarantined == 1
    assert report.quarantine[0][1] == "fake_events"


def test_clusters_list_every_outlet_and_keep_the_most_conservative_toll(db_url, tmp_path):
    corpus = write_corpus(tmp_path / "corpus", broken=False)
    with Store.open(db_url) as store:
        _run(store, [corpus])
        clusters = {c["location"]: c for c in iter_clusters(store)}
    saraqib = clusters["Saraqib"]
    assert saraqib["n_sources"] == 3
    assert saraqib["outlets"] == "شبكة ب; موقع ج; وكالة أ"
    assert saraqib["fatalities"] == 4  # sources say 4, 6 and 7
    assert sorted(s["fatalities"] for s in saraqib["sources"]) == [4, 6, 7]  # claims kept
    assert saraqib["event_date"] == "2019-05-02"
    assert clusters["Khan Shaykhun"]["n_sources"] == 2
    assert clusters["Douma"]["n_sources"] == 1


def test_reingesting_a_new_outlet_updates_the_cluster_instead_of_adding_one(db_url, tmp_path):
    first = write_jsonl(tmp_path / "a.jsonl", GOOD_RECORDS[:2])
    late = write_jsonl(tmp_path / "b.jsonl", GOOD_RECORDS[2:3])
    with Store.open(db_url) as store:
        _run(store, [first])
        (before,) = list(iter_clusters(store))
        _run(store, [first, late])
        (after,) = list(iter_clusters(store))
    assert before["id"] == after["id"]
    assert (before["n_sources"], after["n_sources"]) == (2, 3)


def test_unchanged_clusters_keep_their_timestamp_on_reingest(db_url, tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", GOOD_RECORDS[:2])
    b = write_jsonl(tmp_path / "b.jsonl", GOOD_RECORDS[5:6])  # Douma: another partition
    with Store.open(db_url) as store:
        _run(store, [a])
        (saraqib,) = list(iter_clusters(store))
        _run(store, [b])
        after = {c["id"]: c for c in iter_clusters(store)}
    assert after[saraqib["id"]]["updated_at"] == saraqib["updated_at"]


def test_two_workers_give_the_same_database_as_one(tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    snaps = []
    for workers in (1, 2):
        with Store.open(f"sqlite:///{tmp_path / f'w{workers}.db'}") as store:
            report = _run(store, [corpus], workers=workers, batch_size=3,
                          pipeline=["tests.store.fakes:KeywordEvents"])
            assert report.processed == 6
            snaps.append(store.snapshot())
    assert snaps[0] == snaps[1]


def test_pending_articles_left_by_an_interrupted_run_are_finished(db_url, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus", broken=False)
    with Store.open(tmp_path / "ref.db") as ref_store:
        _run(ref_store, [corpus])
        expected = ref_store.snapshot()
    with Store.open(db_url) as store:
        # what a kill right after the raw rows were committed leaves behind
        from rasad.ingest.sources import SourceItem, iter_sources
        from rasad.store.write import add_raw

        with store.session() as s:
            for item in iter_sources([corpus]):
                assert isinstance(item, SourceItem)
                add_raw(s, article_id=item.article_id, raw=item.raw, kind=item.kind,
                        ref=item.ref, url=item.url, published=item.published)
        with store.session() as s:
            assert set(s.scalars(select(Article.status))) == {PENDING}
        report = _run(store, [])  # no sources: only what is pending
        assert report.processed == 6
        assert store.snapshot() == expected


def test_quarantined_articles_can_be_retried(db_url, tmp_path: Path):
    src = write_jsonl(tmp_path / "x.jsonl", [
        {"id": "r", "published": "2019-05-05", "text": "خبر\n\nخبر مستحيل عن قصف على دوما."}
    ])
    with Store.open(db_url) as store:
        assert _run(store, [src]).quarantined == 1
        assert _run(store, [src]).already == 1  # not retried by default
        report = _run(store, [src], retry_quarantined=True, pipeline=lambda d: d)
        assert report.processed == 1
        counts = store.counts()
    assert counts["quarantine"] == 0


def test_missing_source_fails_before_anything_is_written(db_url, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    with Store.open(db_url) as store:
        with pytest.raises(ConfigError, match="does not exist"):
            _run(store, [corpus, tmp_path / "missing"])
        assert store.counts()["articles"] == 0


def test_bad_pipeline_spec_is_a_config_error(db_url, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    with Store.open(db_url) as store, pytest.raises(ConfigError, match="no_such_module"):
        _run(store, [corpus], pipeline=["no_such_module:Stage"])


def test_extraction_json_is_stored_without_repeating_the_text(db_url, tmp_path: Path):
    src = write_jsonl(tmp_path / "a.jsonl", GOOD_RECORDS[:1])
    with Store.open(db_url) as store:
        _run(store, [src])
        with store.session() as s:
            art = s.scalars(select(Article)).one()
            extraction, text, source_id = art.extraction, art.text, art.source_id
    assert source_id == "a-1"
    assert "text" not in extraction["article"]
    assert extraction["events"][0]["event_type"] == "Explosions/Remote violence"
    assert "سراقب" in text
    json.dumps(extraction, ensure_ascii=False)  # plain JSON


def test_raw_rows_inserted_together_read_back_as_pending_articles(db_url):
    from rasad.store.write import add_raw, add_raws, raw_row

    texts = ["قصف على دوما".encode(), "اشتباكات في إدلب".encode()]
    with Store.open(db_url) as store:
        with store.session() as s:
            add_raws(s, [raw_row(article_id=f"a{i}", raw=t, kind="text", ref=f"f.txt#{i}",
                                 url="http://x/1" if i else None, published="2019-05-03")
                         for i, t in enumerate(texts)])
            add_raws(s, [])  # nothing new in a batch: no statement
            add_raw(s, article_id="b", raw=b"x", kind="json", ref="g.jsonl#line=1")
        with store.session() as s:
            rows = {a.id: a for a in s.scalars(select(Article))}
            got = {k: (a.raw, a.raw_size, a.source_kind, a.source_ref, a.status, a.url,
                       a.published, a.text, a.processed_at) for k, a in rows.items()}
            stamped = all(isinstance(a.ingested_at, dt.datetime) for a in rows.values())
    assert got == {
        "a0": (texts[0], len(texts[0]), "text", "f.txt#0", PENDING, None, "2019-05-03", None,
               None),
        "a1": (texts[1], len(texts[1]), "text", "f.txt#1", PENDING, "http://x/1", "2019-05-03",
               None, None),
        "b": (b"x", 1, "json", "g.jsonl#line=1", PENDING, None, None, None, None),
    }
    assert stamped
