"""A run killed with SIGKILL midway, then restarted, ends with exactly the database of an
uninterrupted run (wall-clock ``*_at`` columns aside). Real processes, real ``kill -9``."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from rasad.store import Store, ingest
from tests.store.corpus import write_jsonl

REPO = Path(__file__).resolve().parents[2]
STAGE = "tests.store.fakes:KeywordEvents"

_PLACES = ["سراقب", "معرة النعمان", "خان شيخون", "دوما"]
_OUTLETS = ["وكالة أ", "شبكة ب", "موقع ج"]
_SENTENCES = [
    "قصفت قوات النظام {p} ما أدى إلى مقتل {n} مدنيين.",
    "دارت اشتباكات بين فصائل المعارضة وقوات النظام في {p}.",
    "شنت طائرات حربية غارة على {p} وأفادت مصادر بمقتل {n} أشخاص.",
]


def _records(n: int) -> list[dict]:
    out = []
    for i in range(n):
        place = _PLACES[i % len(_PLACES)]
        body = _SENTENCES[i % len(_SENTENCES)].format(p=place, n=2 + i % 5)
        out.append({
            "id": f"k-{i}",
            "outlet": _OUTLETS[i % len(_OUTLETS)],
            "published": f"2019-05-{1 + (i // 6) % 9:02d}",
            "text": f"خبر رقم {i}\n\n{body}",
        })
    return out


_RUNNER = """
import sys
from rasad.store import Store, ingest
with Store.open(sys.argv[1]) as store:
    ingest([sys.argv[2]], store=store, pipeline=[sys.argv[3]], workers=int(sys.argv[4]),
           batch_size=4)
"""


def _start(db: Path, src: Path, *, workers: int, delay: float) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO), "RASAD_TEST_STAGE_DELAY": str(delay)}
    return subprocess.Popen(
        [sys.executable, "-c", _RUNNER, f"sqlite:///{db}", str(src), STAGE, str(workers)],
        env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _done(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles WHERE status='done'").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _kill_when(proc: subprocess.Popen, db: Path, at_least: int) -> None:
    deadline = time.monotonic() + 60
    while _done(db) < at_least:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline, "the run made no progress"
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes, without warning
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def test_kill_9_twice_then_resume_gives_the_uninterrupted_database(tmp_path: Path):
    n = 40
    src = write_jsonl(tmp_path / "corpus.jsonl", _records(n))

    with Store.open(tmp_path / "reference.db") as ref:
        ingest([src], store=ref, pipeline=[STAGE], batch_size=4)
        expected = ref.snapshot()
    assert len(expected["articles"]) == n and len(expected["event_clusters"]) > 0

    db = tmp_path / "killed.db"
    for at_least, workers in ((8, 2), (24, 1)):
        _kill_when(_start(db, src, workers=workers, delay=0.05), db, at_least)
        done = _done(db)
        assert at_least <= done < n, "the kill did not land in the middle of the run"

    with Store.open(db) as store:
        interrupted = store.snapshot()
    assert interrupted != expected  # the kills really left the work unfinished

    proc = _start(db, src, workers=1, delay=0)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    with Store.open(db) as store:
        assert store.snapshot() == expected
