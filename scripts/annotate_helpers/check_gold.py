"""Check the compiled gold against the article texts and flag possibly missed places.

python check_gold.py [N ...]   (N: 1-based record numbers; default all)
For each record: mentions not found in the text, and article words/bigrams that are
populated places, regions or countries in WOF but are not annotated (for the annotator to judge).
"""

from __future__ import annotations

import json
import sys

import regex
from _common import out_path, strip_al, wof_by_key

from rasad.arabic.normalize import normalize_key
from rasad.corpora import load_ref

PROCLITIC = regex.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")


def variants(tok: str) -> set[str]:
    out = {tok}
    for pre in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "بال", "وال", "لل", "ال", "وبال", "ولل"):
        if tok.startswith(pre) and len(tok) - len(pre) >= 3:
            out.add(tok[len(pre):])
    return out


def found(mention: str, text: str) -> bool:
    key = normalize_key(mention)
    pat = r"(?<![\p{L}])(?:[وفبلك]{0,2}(?:ال)?)?" + regex.escape(strip_al(key)) + r"(?![\p{L}])"
    return regex.search(pat, text) is not None


def main(which: list[int]) -> None:
    idx = wof_by_key()
    recs = [json.loads(line) for line in open(out_path(), encoding="utf-8")]
    for n, rec in enumerate(recs, 1):
        if which and n not in which:
            continue
        text = normalize_key(load_ref(rec["ref"]).text)
        forms = set()
        for p in rec["places"]:
            for m in [p["mention"], *p.get("aliases", [])]:
                forms.add(strip_al(normalize_key(m)))
                if not found(m, text):
                    sys.stdout.write(f"[{n}] NOT FOUND: {m}\n")
        toks = regex.findall(r"\p{L}+", text)
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
            sys.stdout.write(f"[{n}] unannotated WOF names: {' ، '.join(sorted(flagged))}\n")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]])
