#!/usr/bin/env python
"""Ingest throughput into SQLite (articles/s) with 1 and 2 worker processes, on shared news.

Not a test: prints figures for BENCHMARKS.md. Reads ``../shared/data/news`` (ANT corpus, 2018),
keeps the first N articles with distinct bodies (the corpus has exact duplicates), writes them as
one JSONL file, and ingests it into a fresh SQLite database once per worker count, then once more
into the same database to time the idempotent re-run.

    python scripts/bench_ingest.py --limit 1000 --workers 1 2 [--dask 2]

``--dask N`` also times the same ingest with extraction on a local Dask cluster of N worker
processes (``rasad ingest --dask local:N``); cluster start-up is included in the figure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (
    REPO.parent / "shared" / "data" / "news" / "ant_multisource" / "ant_multisource.jsonl.xz"
)


def _subset(corpus: Path, limit: int, out: Path, *, category: str | None) -> int:
    seen: set[str] = set()
    n = 0
    opener = lzma.open if corpus.suffix == ".xz" else open
    with opener(corpus, "rt", encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            rec = json.loads(line)
            if category and rec.get("cat") != category:
                continue
            body = (rec.get("text") or "").strip()
            digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
            if not body or digest in seen:
                continue
            seen.add(digest)
            dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
            if n >= limit:
                break
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL(.xz) news corpus")
    ap.add_argument("--limit", type=int, default=1000, help="articles with distinct bodies")
    ap.add_argument("--category", default="middleEast", help="ANT category ('' for all)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts")
    ap.add_argument("--pipeline", default=None, help="stage specs (default: rasad's pipeline)")
    ap.add_argument("--dask", type=int, nargs="*", default=[], metavar="N",
                    help="also time a local Dask cluster of N worker processes")
    args = ap.parse_args()

    if not args.corpus.exists():
        print(f"bench_ingest: {args.corpus} is absent; nothing to measure", file=sys.stderr)
        return 0
    from rasad.store import Store, ingest

    with tempfile.TemporaryDirectory(prefix="rasad-bench-") as tmp:
        src = Path(tmp) / "subset.jsonl"
        n = _subset(args.corpus, args.limit, src, category=args.category or None)
        print(f"corpus: {args.corpus.name}, {n} articles with distinct bodies "
              f"({src.stat().st_size / 1e6:.1f} MB), cpu cores: {os.cpu_count()}")
        runs = [(f"workers={w}", {"workers": w}) for w in args.workers]
        runs += [(f"dask=local:{k}", {"dask": f"local:{k}"}) for k in args.dask]
        for label, how in runs:
            db = Path(tmp) / f"bench-{label.replace(':', '-').replace('=', '-')}.db"
            with Store.open(f"sqlite:///{db}") as store:
                t0 = time.perf_counter()
                report = ingest([src], store=store, pipeline=args.pipeline, **how)
                elapsed = time.perf_counter() - t0
                t1 = time.perf_counter()
                again = ingest([src], store=store, pipeline=args.pipeline, **how)
                rerun = time.perf_counter() - t1
                counts = store.counts()
            print(
                f"{label}: {n / elapsed:6.1f} articles/s "
                f"({elapsed:.1f} s; {report.processed} stored, {report.quarantined} quarantined,"
                f" {counts['events']} events, {counts['event_clusters']} clusters, "
                f"db {db.stat().st_size / 1e6:.1f} MB); idempotent re-run: "
                f"{again.already / rerun:,.0f} articles/s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
