"""Flag possible misses in gold/places_test.jsonl: python check_test.py [N ...] (1-based records).

Mentions not matched in their article (with rasad's PhraseMatcher, as the gold test does) and
article words that are WOF countries, regions or towns of 20,000+ but are not annotated, for the
annotator to judge. Reuses the dev helpers in the parent folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _common import strip_al, wof_by_key  # noqa: E402
from check_gold import variants  # noqa: E402

from rasad.arabic.match import PhraseMatcher  # noqa: E402
from rasad.arabic.normalize import normalize_key  # noqa: E402
from rasad.corpora import load_ref  # noqa: E402

GOLD = HERE.parents[2] / "gold" / "places_test.jsonl"


def main(which: list[int]) -> None:
    idx = wof_by_key()
    recs = [json.loads(line) for line in open(GOLD, encoding="utf-8")]
    for n, rec in enumerate(recs, 1):
        if which and n not in which:
            continue
        raw = load_ref(rec["ref"]).text
        forms = set()
        for p in rec["places"]:
            for m in [p["mention"], *p.get("aliases", [])]:
                forms.add(strip_al(normalize_key(m)))
                if not PhraseMatcher([(m, None)]).find(raw):
                    sys.stdout.write(f"[{n}] NOT FOUND: {m}\n")
        toks = regex.findall(r"\p{L}+", normalize_key(raw))
        flagged = set()
        for i in range(len(toks)):
            for k in (1, 2):
                if i + k > len(toks):
                    continue
                for v in variants(toks[i]):
                    cand = " ".join([v, *toks[i + 1:i + k]])
                    key = strip_al(cand)
                    if key in forms or any(key in f.split() for f in forms):
                        continue
                    rows = idx.get(key, [])
                    if any(r["placetype"] in ("country", "region", "county")
                           or int(r["population"] or 0) > 20000 for r in rows):
                        flagged.add(cand)
        if flagged:
            names = " ، ".join(sorted(flagged))
            sys.stdout.write(f"[{n}] {rec['id']} unannotated WOF names: {names}\n")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]])
