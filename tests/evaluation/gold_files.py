"""Reading the gold JSONL files and the corpus articles they point at (for the gold tests)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"


@cache
def records(path: Path) -> tuple[dict, ...]:
    with open(path, encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def ref_key(ref: dict) -> tuple[str, str]:
    field = next(f for f in ("docno", "blob", "url") if f in ref)
    return field, str(ref[field])


@cache
def articles_for(paths: tuple[Path, ...]) -> dict[tuple[str, str], object]:
    """Every article the gold files ``paths`` point at, reading each corpus file once."""
    from rasad.corpora import iter_corpus

    wanted: dict[str, set[str]] = {}
    for path in paths:
        for r in records(path):
            wanted.setdefault(r["ref"]["corpus"], set()).add(ref_key(r["ref"])[1])
    found = {}
    for corpus, ids in wanted.items():
        for article in iter_corpus(DATA / corpus):
            if article.id in ids:
                found[(corpus, article.id)] = article
    return found
