"""Draw candidate articles for the held-out test gold sets (texts go to a temp dir, not the repo).

python select_test.py OUTDIR -> OUTDIR/candidates.tsv and OUTDIR/<n>.txt
Same filters as the dev selection (conflict word + Syria/Iraq/Yemen/Libya cue), body 250-1100
characters, exact duplicate bodies dropped, every ref and body of both dev sets excluded, then a
seed-2026 sample per corpus and country ("random" picks), a few non-conflict items ("calm" picks,
country cue without a conflict word) and targeted picks for rare event types ("target-<type>"):
protests, riots, violence against civilians, strategic developments.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from rasad.corpora import default_data_root, iter_corpus, load_ref

REPO = Path(__file__).resolve().parents[3]
DEV_FILES = (REPO / "gold" / "places_dev.jsonl", REPO / "gold" / "events_dev.jsonl")
SEED = 2026
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
TARGETS = {
    "protest": ("متظاهر", "تظاهرة", "مظاهرة", "احتجاج", "اعتصام"),
    "riot": ("أحرق", "أضرموا", "رشق", "شغب", "اقتحم محتجون"),
    "vac": ("اختطاف", "خطف", "أعدم", "إعدام", "اغتيال", "مسلحون مجهولون"),
    "strategic": ("اعتقال", "القبض على", "اتفاق", "تفكيك عبوة", "إبطال", "مخزن أسلحة", "انشقاق"),
}
# A second targeted round (drawn after the first, so the first picks are unchanged), with
# narrower cues for the types the first round left thin.
EXTRA_TARGETS = {
    "protest": ("تفريق المتظاهرين", "المحتجين", "تظاهر المئات", "تظاهر الآلاف", "وقفة احتجاجية"),
    "riot": ("أحرق محتجون", "أضرم", "رشقوا", "اقتحم المتظاهرون", "اقتحم محتجون"),
    "vac": ("اختطف", "أعدم", "اغتال", "مسلحون مجهولون"),
    "strategic": ("القبض على", "اتفاق", "تفكيك", "ضبط"),
}
EXTRA_QUOTA = 3
QUOTA = {"ant": 5, "egy": 4, "saudi": 4}
TARGET_QUOTA = 4
CALM_QUOTA = 2


def dev_exclusions() -> tuple[set[str], set[str]]:
    refs: set[str] = set()
    bodies: set[str] = set()
    for path in DEV_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ref = json.loads(line)["ref"]
                refs.add(next(str(ref[f]) for f in ("docno", "blob", "url") if f in ref))
                bodies.add(load_ref(ref).text)
    return refs, bodies


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    dev_refs, seen = dev_exclusions()
    rows = []
    for corpus, field in CORPORA.items():
        fam = "ant" if "ant_" in corpus else "egy" if "egy" in corpus else "saudi"
        for a in iter_corpus(default_data_root() / corpus):
            if not 250 <= len(a.text) <= 1100 or a.text in seen or a.id in dev_refs:
                continue
            seen.add(a.text)
            cc = max(COUNTRY_WORDS, key=lambda c: sum(a.text.count(w) for w in COUNTRY_WORDS[c]))
            if not any(w in a.text for w in COUNTRY_WORDS[cc]):
                continue
            rows.append((fam, cc, corpus, field, a, any(w in a.text for w in CONFLICT)))
    picked: list[tuple[str, tuple]] = []
    for fam, quota in QUOTA.items():
        for cc in COUNTRY_WORDS:
            pool = [r for r in rows if r[0] == fam and r[1] == cc and r[5]]
            picked += [("random", r) for r in rng.sample(pool, min(quota, len(pool)))]
    taken = {r[4].id for _, r in picked}
    calm = [r for r in rows if not r[5] and r[4].id not in taken]
    picked += [("calm", r) for r in rng.sample(calm, CALM_QUOTA)]
    for kind, words in TARGETS.items():
        pool = [r for r in rows
                if r[5] and r[4].id not in taken and any(w in r[4].text for w in words)]
        chosen = rng.sample(pool, min(TARGET_QUOTA, len(pool)))
        taken |= {r[4].id for r in chosen}
        picked += [(f"target-{kind}", r) for r in chosen]
    for kind, words in EXTRA_TARGETS.items():
        pool = [r for r in rows if r[1] in COUNTRY_WORDS and r[4].id not in taken
                and any(w in r[4].text for w in words)]
        chosen = rng.sample(pool, min(EXTRA_QUOTA, len(pool)))
        taken |= {r[4].id for r in chosen}
        picked += [(f"target2-{kind}", r) for r in chosen]
    with open(out / "candidates.tsv", "w", encoding="utf-8") as fh:
        for n, (why, (fam, cc, corpus, field, a, _)) in enumerate(picked):
            fh.write(f"{n}\t{why}\t{fam}\t{cc}\t{corpus}\t{field}\t{a.id}\t{a.published}\t"
                     f"{a.outlet}\t{len(a.text)}\t{a.title}\n")
            (out / f"{n}.txt").write_text(a.text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
