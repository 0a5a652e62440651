"""List candidate articles for the place gold set (ids, lengths, titles; texts go to a temp dir).

python select_candidates.py OUTDIR  -> OUTDIR/candidates.tsv and OUTDIR/<n>.txt (not in the repo)
Selection: conflict keywords for Syria/Iraq/Yemen/Libya, body 300-1300 characters, exact duplicate
bodies dropped, a fixed-seed random sample per corpus and country.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from rasad.corpora import default_data_root, iter_corpus

CORPORA = {
    "news/ant_multisource/ant_multisource.jsonl.xz": "docno",
    "news/egynews2013_mideast_world/egy2013_mideast_world.jsonl.xz": "blob",
    **{f"news/saudinewsnet/dataset/{p.name}": "url"
       for p in sorted((default_data_root() / "news/saudinewsnet/dataset").glob("*.zip"))},
}
COUNTRY_WORDS = {"SY": ("سوريا", "سورية", "دمشق", "حلب", "إدلب", "حمص", "درعا"),
                 "IQ": ("العراق", "بغداد", "الموصل", "الأنبار", "كركوك"),
                 "YE": ("اليمن", "صنعاء", "عدن", "تعز", "الحوثي"),
                 "LY": ("ليبيا", "طرابلس", "بنغازي", "مصراتة", "درنة")}
CONFLICT = ("قتل", "مقتل", "قصف", "اشتباك", "هجوم", "غارة", "غارات", "انفجار", "معارك")
QUOTA = {"ant": 9, "egy": 5, "saudi": 5}


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(3)
    seen: set[str] = set()
    rows = []
    for corpus, field in CORPORA.items():
        fam = "ant" if "ant_" in corpus else "egy" if "egy" in corpus else "saudi"
        for a in iter_corpus(default_data_root() / corpus):
            if not 300 <= len(a.text) <= 1300 or a.text in seen:
                continue
            seen.add(a.text)
            if not any(w in a.text for w in CONFLICT):
                continue
            cc = max(COUNTRY_WORDS, key=lambda c: sum(a.text.count(w) for w in COUNTRY_WORDS[c]))
            if not any(w in a.text for w in COUNTRY_WORDS[cc]):
                continue
            rows.append((fam, cc, corpus, field, a))
    picked = []
    for fam, quota in QUOTA.items():
        for cc in COUNTRY_WORDS:
            pool = [r for r in rows if r[0] == fam and r[1] == cc]
            picked += rng.sample(pool, min(quota, len(pool)))
    with open(out / "candidates.tsv", "w", encoding="utf-8") as fh:
        for n, (fam, cc, corpus, field, a) in enumerate(picked):
            fh.write(f"{n}\t{fam}\t{cc}\t{corpus}\t{field}\t{a.id}\t{a.published}\t{len(a.text)}\t{a.title}\n")
            (out / f"{n}.txt").write_text(a.text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
