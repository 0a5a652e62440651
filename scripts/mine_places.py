#!/usr/bin/env python3
"""Mine the news corpora for local place names the index does not know.

A name right after a place head word ("حي X", "قرية X", "بلدة X", "مديرية X", "ناحية X",
"شارع X" ...) is a place name by the construction itself. This script collects every such
name (one word, or two when the second is not a preposition, direction or adjective), drops
those the index already resolves, and ranks the rest by the number of distinct articles that
use them, with the places named next to them (the city or governorate the text puts them in), so
that a curator can add the frequent real ones to ``overlay_places.tsv`` with coordinates.

Usage: python scripts/mine_places.py [--limit N] [--top K] [--out FILE.tsv]
Needs ../shared/data/news (the corpora are not redistributable).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rasad.arabic.normalize import normalize_key  # noqa: E402
from rasad.corpora import default_data_root, iter_corpus  # noqa: E402

CORPORA = (
    "news/ant_multisource/ant_multisource.jsonl.xz",
    "news/egynews2013_mideast_world/egy2013_mideast_world.jsonl.xz",
    "news/saudinewsnet/dataset",
)
# head words in normalised form (ة→ه, ى→ي, hamza-alef→ا), with their proclitics optional
# (not "سوق", "سجن", "ساحة": in news they head common phrases far more often than names)
HEADS = (
    "حي", "احياء", "قريه", "قريتي", "بلده", "مديريه", "ناحيه", "قضاء", "منطقه",
    "شارع", "مخيم", "جبهه", "معسكر", "منطقتي",
)
_HEAD = regex.compile(
    r"(?<![\p{L}])(?:[وفبل]|وب|فب|ول|لل|ب|وال|بال|ال)?(" + "|".join(HEADS) + r") "
    r"(\p{Arabic}{2,})(?: (\p{Arabic}{2,}))?"
)
# words that end a name: prepositions, conjunction-led words, directions, adjectives
_STOP = frozenset(normalize_key(w) for w in (
    "في", "من", "على", "إلى", "عن", "مع", "قرب", "بين", "شمال", "جنوب", "شرق", "غرب", "وسط",
    "شمالي", "جنوبي", "شرقي", "غربي", "التابعة", "التابع", "الواقعة", "الواقع", "التي", "الذي",
    "و", "أو", "ثم", "حيث", "بعد", "قبل", "عند", "خلال", "منذ", "حتى", "الى", "علي",
    "السكنية", "السكني", "الصناعية", "المحاصر", "المحاصرة", "الحدودية", "الساحلية", "الشرقية",
    "الغربية", "الشمالية", "الجنوبية", "الوسطى", "القديمة", "الجديدة", "المجاورة", "نفسها",
))


def _adjective(word: str) -> bool:
    """A nisba or participle ("السورية", "المحاصرة", "سكنية") describes, it does not name."""
    return word.endswith(("يه", "يين", "يون", "ين")) or (
        word.startswith("ال") and word.endswith("ي")
    ) or (word.startswith("الم") and word.endswith("ه"))


def known(index, name: str) -> bool:
    k = normalize_key(name)
    forms = (k, "ال" + k, k[2:] if k.startswith("ال") else k)
    return any(index.finder.payloads.get(f) for f in forms)


def articles(limit: int):
    root = default_data_root()
    n = 0
    for rel in CORPORA:
        path = root / rel
        files = sorted(path.glob("*.zip")) if path.is_dir() else [path]
        for f in files:
            for art in iter_corpus(f):
                yield art.text
                n += 1
                if n >= limit:
                    return


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200_000, help="articles to read")
    ap.add_argument("--top", type=int, default=300, help="names to print")
    ap.add_argument("--min-docs", type=int, default=3, help="least distinct articles")
    ap.add_argument("--out", type=Path, help="also write the ranking as TSV")
    ap.add_argument("--heads", default="", help="comma-separated head words to keep (default all)")
    args = ap.parse_args()

    from rasad.gazetteer.index import default_index

    index = default_index()
    docs: collections.Counter[str] = collections.Counter()
    heads: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    near: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    seen: set[int] = set()
    wanted = {normalize_key(h) for h in args.heads.split(",") if h}
    for text in articles(args.limit):
        h = hash(text)
        if h in seen:
            continue
        seen.add(h)
        norm = normalize_key(text)
        found: set[str] = set()
        for m in _HEAD.finditer(norm):
            head, w1, w2 = m.group(1), m.group(2), m.group(3)
            if wanted and head not in wanted:
                continue
            if w1 in _STOP or w1 in HEADS or _adjective(w1):
                continue
            if not w2 or w2 in _STOP or w2.startswith(("و", "ب")) or _adjective(w2):
                names = [w1]
            else:
                names = [w1 + " " + w2]
            for name in names:
                if known(index, name):
                    continue
                found.add(name)
                heads[name][head] += 1
                # the next known place in the following 60 characters: where the text puts it
                tail = norm[m.end() : m.end() + 60]
                for w in tail.split()[:6]:
                    bare = w[1:] if w[:1] in "بو" else w
                    if len(bare) > 2 and known(index, bare):
                        near[name][bare] += 1
                        break
        for name in found:
            docs[name] += 1
    rows = [(n, c) for n, c in docs.most_common() if c >= args.min_docs]
    out = []
    for name, c in rows[: args.top]:
        out.append(
            f"{c}\t{name}\t{','.join(h for h, _ in heads[name].most_common(3))}\t"
            f"{','.join(f'{p}:{k}' for p, k in near[name].most_common(4))}"
        )
    print("\n".join(out))
    if args.out:
        args.out.write_text("docs\tname\theads\tnear\n" + "\n".join(out) + "\n", encoding="utf-8")
    print(f"# {len(seen)} articles, {len(docs)} unknown head-word names, "
          f"{len(rows)} in >= {args.min_docs} articles", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
