"""Extraction on a real local Dask cluster: worker processes, the ingest engine, the file job."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="Dask is an optional extra (rasad[scale])")

from rasad.errors import ConfigError  # noqa: E402
from rasad.scale import extract_files, open_client  # noqa: E402
from rasad.store import Store, ingest  # noqa: E402
from tests.store.corpus import GOOD_RECORDS, write_corpus, write_jsonl  # noqa: E402
from tests.store.fakes import fake_pipeline  # noqa: E402
from tests.store.test_ingest import DAY  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _ingest(url: str, sources, **kw):
    kw.setdefault("pipeline", fake_pipeline)
    with Store.open(url) as store:
        report = ingest(sources, store=store, published_default=DAY, batch_size=3, **kw)
        return report, store.snapshot()


def test_ingest_on_the_cluster_stores_what_a_local_run_stores(client, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    local, expected = _ingest(f"sqlite:///{tmp_path / 'local.db'}", [corpus])
    remote, got = _ingest(f"sqlite:///{tmp_path / 'dask.db'}", [corpus], dask=client)
    assert (remote.seen, remote.processed, remote.quarantined) == (11, 6, 5)
    assert (remote.events, remote.clusters) == (local.events, local.clusters)
    assert got == expected


def _pipelines_built(client) -> dict[str, int]:
    return client.run(lambda: len(__import__("rasad.scale.runner").scale.runner._PIPELINES))


def test_the_work_runs_in_the_worker_processes_which_keep_their_pipeline(client, tmp_path):
    import os

    worker_pids = set(client.run(os.getpid).values())
    assert len(worker_pids) == 2 and os.getpid() not in worker_pids
    corpus = write_corpus(tmp_path / "corpus", broken=False)
    spec = ["tests.store.fakes:KeywordEvents"]
    _ingest(f"sqlite:///{tmp_path / 'a.db'}", [corpus], pipeline=spec, dask=client)
    built = _pipelines_built(client)
    assert sum(built.values()) >= 1  # built on the workers, not in this process
    _ingest(f"sqlite:///{tmp_path / 'b.db'}", [corpus], pipeline=spec, dask=client)
    assert _pipelines_built(client) == built  # the same spec reuses the worker's pipeline


def test_a_second_ingest_on_the_cluster_is_idempotent(client, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    url = f"sqlite:///{tmp_path / 'dask.db'}"
    _, first = _ingest(url, [corpus], dask=client)
    again, second = _ingest(url, [corpus], dask=client)
    assert again.processed == again.quarantined == 0 and again.already == 11
    assert second == first


def test_the_real_pipeline_runs_on_the_workers(client, tmp_path: Path):
    records = [
        {"id": "r1", "outlet": "وكالة أ", "published": "2019-05-02",
         "text": "قصفت قوات النظام مدينة سراقب بريف إدلب ما أدى إلى مقتل أربعة مدنيين."},
        {"id": "r2", "outlet": "شبكة ب", "published": "2019-05-03",
         "text": "تظاهر مئات الأشخاص في مدينة إدلب أمس للمطالبة بالإفراج عن المعتقلين."},
    ]
    src = write_jsonl(tmp_path / "real.jsonl", records)
    _, local = _ingest(f"sqlite:///{tmp_path / 'l.db'}", [src], pipeline=None)
    report, remote = _ingest(f"sqlite:///{tmp_path / 'r.db'}", [src], pipeline=None, dask=client)
    assert report.processed == 2 and report.events >= 2
    assert remote == local


def test_extract_files_writes_one_complete_jsonl_per_source_file(client, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    results = sorted(
        extract_files([corpus], out, client, pipeline=fake_pipeline, published_default=DAY),
        key=lambda r: r.source,
    )
    assert len(results) == 4  # feed.jsonl, b2.txt, c2.json, image.txt
    assert sum(r.articles for r in results) == 6 and sum(r.failed for r in results) == 5
    rows = []
    for r in results:
        with gzip.open(r.output, "rt", encoding="utf-8") as f:
            rows += [json.loads(line) for line in f]
    assert len(rows) == 11
    errors = [r for r in rows if "error" in r]
    assert {e["stage"] for e in errors} == {"read", "pipeline"}
    good = [r for r in rows if "error" not in r]
    assert all(r["article"]["text"] and "events" in r for r in good)
    assert not list(out.glob("*.part"))


def test_extract_files_resumes_by_skipping_finished_files(client, tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus", broken=False)
    out = tmp_path / "out"
    first = list(extract_files([corpus], out, client, pipeline=fake_pipeline))
    assert len(first) == 3
    victim = Path(sorted(r.output for r in first)[0])
    victim.unlink()
    second = list(extract_files([corpus], out, client, pipeline=fake_pipeline))
    assert [r.output for r in second] == [str(victim)]
    assert victim.exists()


def test_missing_source_fails_before_any_task(client, tmp_path: Path):
    with pytest.raises(ConfigError, match="does not exist"):
        list(extract_files([tmp_path / "nope"], tmp_path / "out", client))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("spec", ["local:0", "local:x", "local:-2"])
def test_a_bad_local_worker_count_is_a_config_error(spec: str):
    with pytest.raises(ConfigError, match="positive integer"):
        open_client(spec)


def test_cli_ingest_joins_a_running_scheduler(client, tmp_path: Path):
    from typer.testing import CliRunner

    from rasad.cli import app

    corpus = write_corpus(tmp_path / "corpus", broken=False)
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(
        app,
        ["ingest", str(corpus), "--db", f"sqlite:///{db}", "--dask", client.scheduler.address,
         "--pipeline", "tests.store.fakes:KeywordEvents", "--published-default", "2019-05-03",
         "--json"],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["processed"] == 6 and summary["events"] == 6


def test_records_in_the_fixture_are_the_ones_counted():
    assert len(GOOD_RECORDS) == 6  # the counts above rest on this corpus


def test_a_run_with_nothing_new_never_starts_a_cluster(tmp_path: Path, monkeypatch):
    import rasad.scale.runner as runner

    def refuse(_scheduler):
        raise AssertionError("a cluster was started although nothing needed extracting")

    corpus = write_corpus(tmp_path / "corpus", broken=False)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    _ingest(url, [corpus])  # stored locally first
    monkeypatch.setattr(runner, "open_client", refuse)
    again, _ = _ingest(url, [corpus], dask="local:2")
    assert again.already == 6 and again.processed == 0


def test_a_local_cluster_named_by_string_is_started_and_shut_down(tmp_path: Path, monkeypatch):
    import psutil

    import rasad.scale.runner as runner

    me = psutil.Process()
    started = []
    real_open = runner.open_client

    def spy(scheduler):
        client = real_open(scheduler)
        started.append({c.pid for c in me.children(recursive=True)})
        return client

    monkeypatch.setattr(runner, "open_client", spy)
    before = {c.pid for c in me.children(recursive=True)}
    corpus = write_corpus(tmp_path / "corpus", broken=False)
    report, _ = _ingest(f"sqlite:///{tmp_path / 'l.db'}", [corpus], dask="local:1")
    assert report.processed == 6
    assert len(started) == 1 and started[0] - before  # a worker process was started ...
    time.sleep(0.5)
    alive = {c.pid for c in me.children(recursive=True) if c.is_running()}
    assert not (started[0] - before) & alive  # ... and is gone after the run
