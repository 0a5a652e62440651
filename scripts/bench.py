#!/usr/bin/env python3
"""rasad benchmark: throughput, peak memory, cold-start time and accuracy (not a test).

    python scripts/bench.py [--limit N] [--warmup N] [--gold gold/events_dev.jsonl ...]
                            [--json out.json]

Reads real news from ../shared/data/news (deduplicated by body), measures articles/s for
(a) the text layer: read + normalise + tokenise + sentences + numbers + dates, (b) each default
stage and (c) the full ``extract`` pipeline, all on one core, as articles per CPU second of
this single-threaded process (figures stay per-core on a shared machine); peak RSS; cold
``rasad extract`` wall time; and, when gold files are given, the evaluation metrics. Prints
the figures as JSON to paste into BENCHMARKS.md with the date and machine. The text layer and
the pipeline first run over ``--warmup`` other articles (the ones that follow the measured
ones in each corpus), so the figures are those of a long ingest, not of a process's first
articles; ``--warmup 0`` gives the figures of a fresh process as before 2026-11-26.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rasad.corpora import default_data_root, iter_corpus  # noqa: E402

cpu = time.process_time  # per-core throughput: CPU seconds of this one-threaded process

CORPORA = (
    "news/ant_multisource/ant_multisource.jsonl.xz",
    "news/egynews2013_mideast_world/egy2013_mideast_world.jsonl.xz",
    "news/saudinewsnet/dataset/2015-07-21.zip",
)


def load_articles(limit: int, after: int = 0) -> list[tuple[str, str]]:
    """``limit`` articles, a third from each corpus, each corpus's first ``after`` skipped."""
    root = default_data_root()
    if not root.exists():
        sys.exit(f"bench: {root} is absent; the benchmark needs ../shared/data/news")
    seen: set[int] = set()
    out: list[tuple[str, str]] = []
    per_corpus = limit // len(CORPORA) + 1
    for rel in CORPORA:
        n = 0
        for art in iter_corpus(root / rel):
            h = hash(art.text)
            if len(art.text) < 200 or h in seen:
                continue
            seen.add(h)
            n += 1
            if n <= after:
                continue
            out.append((art.text, art.published or ""))
            if n >= after + per_corpus:
                break
    return out[:limit]


def warmup_articles(n: int, measured: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``n`` articles that follow the measured ones in each corpus (none of them measured)."""
    if n <= 0:
        return []
    skip = len(measured) // len(CORPORA) + 1
    bodies = {text for text, _ in measured}
    return [a for a in load_articles(n, after=skip) if a[0] not in bodies]


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold_extract_seconds(runs: int = 3) -> float:
    """Wall time of a new ``rasad extract`` process on the example article, best of ``runs``.

    Measured as an installed package runs: with its bytecode compiled (pip compiles it at
    install; an editable install writes it on the first run). Bytecode goes to a private
    cache directory, written by one untimed run, so that a PYTHONDONTWRITEBYTECODE
    environment (or a read-only tree) does not make every timed run recompile ~80 modules.
    """
    import tempfile

    example = REPO.parent / "shared" / "examples" / "south-damascus-2018-05-21.txt"
    if not example.exists():
        example = REPO / "examples" / "idlib-2019-05-06.txt"
    command = [sys.executable, "-m", "rasad", "extract", str(example)]
    with tempfile.TemporaryDirectory(prefix="rasad-bench-pyc-") as pycache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pycache
        # this checkout's package, like the in-process figures (not whichever rasad is installed)
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")])
        )
        subprocess.run(command, check=True, capture_output=True, env=env)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - t0)
    return round(min(times), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=3000, help="articles to read (default 3000)")
    ap.add_argument("--gold", nargs="*", default=[], help="gold JSONL files to evaluate")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    ap.add_argument(
        "--warmup", type=int, default=500,
        help="other articles run through each measured step first (default 500; 0: none)",
    )
    args = ap.parse_args()

    from rasad.arabic.normalize import normalize
    from rasad.arabic.tokens import sentences, tokenize
    from rasad.ingest import read_article
    from rasad.pipeline import Pipeline, _as_date

    articles = load_articles(args.limit)
    # Steady state, as in a long ingest: the per-process caches (normalised lexicon keys,
    # quantities, header lines...) and the allocator are warmed on articles that are never
    # measured, so the figures do not depend on which articles happen to come first.
    warmup = warmup_articles(args.warmup, articles)
    n = len(articles)
    chars = sum(len(t) for t, _ in articles)
    figures: dict[str, object] = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "articles": n,
        "mean_chars": round(chars / max(n, 1)),
        "warmup_articles": len(warmup),
    }

    from rasad.arabic.dates import find_dates
    from rasad.arabic.numbers import find_numbers

    # Streamed one article at a time, as ingest does: nothing is kept, so the garbage collector
    # does not rescan thousands of finished documents (which would not happen in real use).
    def read(text: str, published: str):
        return read_article(text, published=_as_date(published) if published else None)

    def text_layer(text: str, published: str) -> None:
        d = read(text, published)
        norm = normalize(d.text)
        tokenize(d.text)
        sentences(d.text)
        find_numbers(d.text, norm)
        find_dates(d.text, d.meta.published, norm)

    for text, published in warmup:
        text_layer(text, published)
    t0 = cpu()
    for text, published in articles:
        read(text, published)
    t_read = cpu() - t0
    # Everything the stages read is computed here: tokenize() finds every token's boundaries and
    # its normalised form (one fold of the whole text); only the TokenInfo payloads and Span
    # objects of the compact tokens layer are made later, on a consumer's first access (the
    # events stage; its time is in the full pipeline figure). find_numbers() runs the one
    # word-start scan that find_dates() then reuses for the same text.
    t0 = cpu()
    for text, published in articles:
        text_layer(text, published)
    t_text = cpu() - t0
    figures["read_articles_per_s"] = round(rate(n, t_read))
    figures["text_layer_articles_per_s"] = round(rate(n, t_text))

    pipeline = Pipeline.default()
    t0 = time.perf_counter()
    pipeline(read(*articles[0]))  # loads lexicons and the place index once
    figures["pipeline_warmup_s"] = round(time.perf_counter() - t0, 3)
    for text, published in warmup:
        pipeline(read(text, published))
    stage_time = {s.name: 0.0 for s in pipeline.stages}
    t_all = cpu()
    for text, published in articles:
        d = read(text, published)
        for s in pipeline.stages:
            t0 = cpu()
            d = s(d)
            stage_time[s.name] += cpu() - t0
    t_pipe = cpu() - t_all
    figures["stage_articles_per_s"] = {k: round(rate(n, v)) for k, v in stage_time.items()}
    figures["full_pipeline_articles_per_s"] = round(rate(n, t_pipe))
    figures["peak_rss_mb"] = round(peak_rss_mb())

    figures["cold_extract_s"] = cold_extract_seconds()

    for gold in args.gold:
        from rasad.evaluation.run import evaluate

        figures[f"eval:{Path(gold).name}"] = evaluate(gold).summary()

    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
