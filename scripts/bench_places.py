#!/usr/bin/env python3
"""Benchmark the places stage: index load time, resident memory, articles per second (1 core).

Reports wall-clock throughput over all passes and, since other work may share the machine, the
CPU time of the fastest pass (the per-core rate).

Usage: python scripts/bench_places.py [JSONL] [--repeat N]
Default input: ../shared/data/news/ant_multisource/sample_conflict_middleEast_200.jsonl
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

DEFAULT = (
    Path(__file__).resolve().parents[1].parent
    / "shared/data/news/ant_multisource/sample_conflict_middleEast_200.jsonl"
)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl", nargs="?", type=Path, default=DEFAULT, help="articles, one a line")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the articles")
    args = ap.parse_args()
    if not args.jsonl.exists():
        print(f"input {args.jsonl} not found", file=sys.stderr)
        return 2

    from rasad.arabic.stages import Tokenize
    from rasad.document import Document
    from rasad.gazetteer.index import PlaceIndex
    from rasad.gazetteer.stage import Places

    base = rss_mb()
    t0 = time.perf_counter()
    index = PlaceIndex.load()
    t1 = time.perf_counter()
    _ = index.finder  # from the user cache when it holds this index's names
    t2 = time.perf_counter()
    loaded = rss_mb()
    cold = PlaceIndex.load()
    t5 = time.perf_counter()
    cold._sources = None  # force a build from the rows, bypassing the cache
    _ = cold.finder
    t6 = time.perf_counter()
    del cold

    tok = Tokenize()
    docs = []
    with args.jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            docs.append(tok(Document(rec.get("docno") or rec.get("id", ""), rec["text"])))
    stage = Places(index)
    stage(docs[0])  # loads the cue lists
    # cold: the first pass, every word and name met for the first time (the figure that counts
    # for a stream of new articles)
    c0 = time.process_time()
    for d in docs[1:]:
        stage(d)
    cold_cpu = time.process_time() - c0
    n_places = 0
    best_cpu = float("inf")  # CPU seconds of the fastest pass: the per-core rate on a busy box
    t3 = time.perf_counter()
    for _ in range(args.repeat):
        c0 = time.process_time()
        for d in docs:
            n_places += len(stage(d).layer("places"))
        best_cpu = min(best_cpu, time.process_time() - c0)
    t4 = time.perf_counter()
    n = len(docs) * args.repeat
    chars = sum(len(d.text) for d in docs) * args.repeat
    print(f"index: {len(index)} places; load {1000 * (t1 - t0):.0f} ms; "
          f"name finder {1000 * (t2 - t1):.0f} ms (cached), {1000 * (t6 - t5):.0f} ms (built)")
    print(f"RSS: {base:.0f} MB before, {loaded:.0f} MB with index+finder "
          f"(+{loaded - base:.0f} MB)")
    print(f"places stage: {n / (t4 - t3):.0f} articles/s, {chars / (t4 - t3) / 1e6:.2f} M chars/s "
          f"({n} articles, mean {chars / n:.0f} chars, {n_places / n:.1f} places/article)")
    print(f"per core, cold first pass (CPU time): {(len(docs) - 1) / cold_cpu:.0f} articles/s, "
          f"{1000 * cold_cpu / (len(docs) - 1):.2f} ms/article")
    print(f"per core (CPU time, best of {args.repeat} passes): "
          f"{len(docs) / best_cpu:.0f} articles/s, {1000 * best_cpu / len(docs):.2f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
