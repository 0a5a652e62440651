"""Readers for the public news corpora used by gold sets and benchmarks (``../shared/data``).

A gold record points at its article with a ``ref`` instead of carrying the text (the texts are
not redistributable): ``{"corpus": "news/ant_multisource/ant_multisource.jsonl.xz", "docno": ...}``,
``{"corpus": "news/egynews2013_mideast_world/egy2013_mideast_world.jsonl.xz", "blob": ...}`` or
``{"corpus": "news/saudinewsnet/dataset/2015-07-21.zip", "url": ...}``.
"""

from __future__ import annotations

import email.utils
import json
import lzma
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasad.errors import InputError

# The id field each corpus file uses for its records.
_ID_FIELDS = ("docno", "blob", "url")


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    id: str
    text: str
    title: str | None
    published: str | None  # YYYY-MM-DD
    outlet: str | None


def default_data_root() -> Path:
    """``$RASAD_DATA``, else ``../shared/data`` beside the current directory or the checkout.

    Absent in a user's fresh clone: callers (tests, benchmarks) check ``.exists()`` and skip.
    """
    if os.environ.get("RASAD_DATA"):
        return Path(os.environ["RASAD_DATA"])
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        candidate = base.parent / "shared" / "data"
        if candidate.exists():
            return candidate
    return Path.cwd().parent / "shared" / "data"


def _published(rec: dict) -> str | None:
    if rec.get("date"):
        return str(rec["date"])[:10]
    if rec.get("date_extracted"):
        return str(rec["date_extracted"])[:10]
    if rec.get("time"):
        try:
            return email.utils.parsedate_to_datetime(rec["time"]).date().isoformat()
        except (TypeError, ValueError):
            return None
    return None


def _article(rec: dict) -> CorpusArticle:
    rid = next((str(rec[f]) for f in _ID_FIELDS if rec.get(f)), "")
    return CorpusArticle(
        id=rid,
        text=rec.get("text") or rec.get("content") or "",
        title=rec.get("title"),
        published=_published(rec),
        outlet=rec.get("src") or rec.get("source"),
    )


def iter_corpus(path: str | Path) -> Iterator[CorpusArticle]:
    """Every article of a corpus file (.jsonl, .jsonl.xz, or a SaudiNewsNet daily .zip)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"corpus file {path} does not exist; check ../shared/data")
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name)):
                    yield _article(rec)
        return
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield _article(json.loads(line))


@lru_cache(maxsize=8)
def _index(path: str) -> dict[str, CorpusArticle]:
    return {a.id: a for a in iter_corpus(path)}


def load_ref(ref: dict, data_root: Path | None = None) -> CorpusArticle:
    """The article a gold ``ref`` points to."""
    root = data_root or default_data_root()
    key = next((ref[f] for f in _ID_FIELDS if ref.get(f)), None)
    if "corpus" not in ref or key is None:
        raise InputError(f"gold ref {ref!r} needs 'corpus' and one of {_ID_FIELDS}")
    article = _index(str(root / ref["corpus"])).get(str(key))
    if article is None:
        raise InputError(f"no article {key!r} in {ref['corpus']}")
    return article
