#!/usr/bin/env python3
"""Mine the news corpora for words that read as a proclitic plus a place name but are words of
their own.

The place finder strips proclitic chains ("و", "ف", "ب", "ك", "وب", "لل" ...) before a name, as
Arabic requires ("بحلب", "وسوريا"). Some ordinary words split the same way into a name the index
lists: the given name "فاتن" is ف + "اتن" (a variant of Athens), the surname "بلاتر" is ب +
"لاتر" (Latur), "كرم" is ك + "رم" (Rome). The tell is frequency: a real proclitic + name form is
rarer than the name on its own ("حلب" is far more frequent than "بحلب"), while a word of its own
is frequent and its supposed name almost never appears alone. This script lists the frequent
words whose remainder, a one-word index name, occurs alone less than ``--max-ratio`` times as
often. A curator reviews the list and adds the words to ``resources/gazetteer/not_places.tsv``
(kind=common): the places stage then never splits them.

Usage: python scripts/mine_glued_words.py [--limit N] [--min-count 20] [--max-ratio 0.1]
Needs ../shared/data/news (the corpora are not redistributable; only counts are printed).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rasad.arabic.match import ARTICLE_PROCLITICS, PROCLITICS  # noqa: E402
from rasad.arabic.normalize import normalize_key  # noqa: E402
from rasad.corpora import default_data_root, iter_corpus  # noqa: E402
from rasad.gazetteer.cues import words  # noqa: E402
from rasad.gazetteer.index import default_index  # noqa: E402

CORPORA = (
    "news/ant_multisource/ant_multisource.jsonl.xz",
    "news/egynews2013_mideast_world/egy2013_mideast_world.jsonl.xz",
    "news/saudinewsnet/dataset",
)


def one_word_names() -> dict[str, str]:
    """Normalised one-word index names → an English name of a place so called."""
    index = default_index()
    names: dict[str, str] = {}
    for raw, i in index._all_names():
        name = normalize_key(raw)
        if " " in name or not isinstance(i, int):
            continue
        entry = index.entry(i)
        if entry is not None:
            names.setdefault(name, entry.name)
    return names


def token_counts(limit: int) -> collections.Counter[str]:
    root = default_data_root()
    if not root.exists():
        sys.exit(f"{root} is absent; this script needs ../shared/data/news")
    counts: collections.Counter[str] = collections.Counter()
    for rel in CORPORA:
        path = root / rel
        paths = sorted(path.glob("*.zip")) if path.is_dir() else [path]
        seen = 0
        for one in paths:
            for art in iter_corpus(one):
                counts.update(words(art.text))
                seen += 1
                if seen >= limit:
                    break
            if seen >= limit:
                break
    return counts


def splits(word: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """(chain, name) readings of ``word`` as a proclitic chain plus a one-word name, the way the
    place finder reads it (a chain ending in the article supplies the name's "ال")."""
    out = []
    for k in range(1, min(4, len(word) - 1)):
        chain, rest = word[:k], word[k:]
        if chain in PROCLITICS and rest in names:
            out.append((chain, rest))
        if chain in ARTICLE_PROCLITICS and "ال" + rest in names:
            out.append((chain, "ال" + rest))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=30_000, help="articles to read per corpus")
    ap.add_argument("--min-count", type=int, default=20, help="least occurrences of the word")
    ap.add_argument("--max-ratio", type=float, default=0.1,
                    help="largest (name alone / word) frequency ratio to list")
    args = ap.parse_args()
    names = one_word_names()
    counts = token_counts(args.limit)
    rows = []
    for word, n in counts.items():
        if n < args.min_count or word in names:
            continue
        readings = [
            (chain, name, counts[name] + (counts[name[2:]] if name.startswith("ال") else 0))
            for chain, name in splits(word, names)
        ]
        # one frequent name among the readings makes the split real ("ولبنان" = و + لبنان,
        # though ول + "بنان" names a village too)
        if readings and all(alone <= args.max_ratio * n for _c, _n, alone in readings):
            chain, name, alone = readings[0]
            rows.append((n, alone, word, chain, name, names[name]))
    print("count\tname_alone\tword\tchain\tname\tplace")
    for row in sorted(rows, reverse=True):
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main()
