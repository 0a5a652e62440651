#!/usr/bin/env python3
"""Mine the news corpora for place names that are mostly common words or given names.

Thousands of villages are named after ordinary words ("الصيانة" maintenance, "المعلمين"
teachers, "الفرسان" horsemen) or people ("نجم", "يحيى"). In the news such a word is a place only
when something locates it: a place noun or a locative before it ("قرية X", "في X", "ريف X") or a
direction or area after it ("X شمال حلب", "X في ريف ..."). This script counts, for every
one-word name of a minor place in the index, how often it occurs in the corpora and how often
it is so located, and lists the names that are frequent but almost never located: candidates
for ``kind=common`` in ``resources/gazetteer/not_places.tsv``. A curator reviews the list; the
places stage then needs a place noun before them.

Usage: python scripts/mine_common_names.py [--limit N] [--min-docs 20] [--max-located 0.05]
Needs ../shared/data/news (the corpora are not redistributable; only the counts are printed).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rasad.arabic.normalize import normalize_key  # noqa: E402
from rasad.corpora import default_data_root, iter_corpus  # noqa: E402
from rasad.gazetteer.cues import strip_proclitics, words  # noqa: E402
from rasad.gazetteer.index import default_index  # noqa: E402

CORPORA = (
    "news/ant_multisource/ant_multisource.jsonl.xz",
    "news/egynews2013_mideast_world/egy2013_mideast_world.jsonl.xz",
)
# normalised words that locate the next word, and words after a name that place it
LOCATIVE_BEFORE = frozenset(
    "في قريه بلده مدينه حي منطقه ريف مخيم محافظه ناحيه مديريه قضاء قرب بالقرب محيط اطراف "
    "جنوب شمال شرق غرب وسط بلدتي قريتي مدينتي مناطق احياء مركز".split()
)
LOCATIVE_AFTER = frozenset(
    "جنوب شمال شرق غرب جنوبي شمالي شرقي غربي بريف في قرب بمحافظه بمنطقه".split()
)
MINOR = ("PPL", "PPLX", "PPLQ", "PPLL", "PPLF", "LCTY", "AREA", "HLL", "MT", "WAD", "STM")


def minor_names(every: bool = False) -> dict[str, str]:
    """Normalised one-word names of minor places → the place's English name; ``every``: the
    names of all places, major ones and world cities too (their variant names from other
    languages written in Arabic script, "ريم" for Rome, are the words to look for there)."""
    index = default_index()
    names: dict[str, str] = {}
    major: set[str] = set()
    for raw, i in index._all_names():
        name = normalize_key(raw)
        if " " in name or not isinstance(i, int):  # several words, or a blocked phrase
            continue
        entry = index.entry(i)
        if entry is None:
            continue
        if every or (entry.feature_code.startswith(MINOR) and entry.population < 20_000):
            names.setdefault(name, entry.name)
        else:
            major.add(name)
    return {n: e for n, e in names.items() if n not in major}


def count(limit: int, names: dict[str, str]) -> tuple[collections.Counter, collections.Counter]:
    root = default_data_root()
    if not root.exists():
        sys.exit(f"{root} is absent; this script needs ../shared/data/news")
    docs: collections.Counter[str] = collections.Counter()
    located: collections.Counter[str] = collections.Counter()
    seen = 0
    for rel in CORPORA:
        for art in iter_corpus(root / rel):
            ws = words(art.text)
            in_doc: set[str] = set()
            for k, w in enumerate(ws):
                pre, bare = strip_proclitics(w, names)
                if bare not in names:
                    continue
                in_doc.add(bare)
                before = ws[k - 1] if k else ""
                after = ws[k + 1] if k + 1 < len(ws) else ""
                if before in LOCATIVE_BEFORE or after in LOCATIVE_AFTER or pre.endswith("ب"):
                    located[bare] += 1
                located["\0" + bare] += 1  # all occurrences
            docs.update(in_doc)
            seen += 1
            if seen >= limit:
                return docs, located
    return docs, located


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=50_000, help="articles to read")
    ap.add_argument("--min-docs", type=int, default=20, help="least articles using the word")
    ap.add_argument("--max-located", type=float, default=0.05,
                    help="largest share of located occurrences to list")
    ap.add_argument("--all", action="store_true",
                    help="every place's names, not only minor places' (see minor_names)")
    args = ap.parse_args()
    names = minor_names(every=args.all)
    docs, located = count(args.limit, names)
    rows = []
    for name, n_docs in docs.items():
        total = located["\0" + name]
        share = located[name] / total
        if n_docs >= args.min_docs and share <= args.max_located:
            rows.append((n_docs, share, name))
    print("docs\tlocated\tname\tplace")
    for n_docs, share, name in sorted(rows, reverse=True):
        print(f"{n_docs}\t{share:.3f}\t{name}\t{names[name]}")


if __name__ == "__main__":
    main()
