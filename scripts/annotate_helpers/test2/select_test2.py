"""Draw candidate articles for the second held-out event gold set (texts go to a temp dir).

python select_test2.py OUTDIR -> OUTDIR/candidates.tsv and OUTDIR/<n>.txt
Same corpora and cues as ../test_sets/select_test.py, with a new seed (2027), bodies of
250-1200 characters, and every ref and body of every existing gold file (dev and test, places
and events) excluded. Picks, in order: "random" (conflict word + country cue, per corpus family
and country), "calm" (country cue, no conflict word), "target-<type>" (articles with a
conflict word and a cue for a rare event type), then a second round ("random2",
"target2-vac") and a third ("target3-strategic", "target3-protest"), each drawn after the
previous ones.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from rasad.corpora import default_data_root, iter_corpus, load_ref

REPO = Path(__file__).resolve().parents[3]
EXCLUDE = tuple(REPO / "gold" / f"{kind}_{split}.jsonl"
                for kind in ("places", "events") for split in ("dev", "test"))
SEED = 2027
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
    "protest": ("متظاهر", "تظاهرة", "مظاهرة", "المحتجين", "اعتصام", "وقفة احتجاجية"),
    "riot": ("أحرق", "أضرم", "رشق", "شغب", "اقتحم محتجون", "اقتحم المتظاهرون"),
    "vac": ("اختطاف", "اختطف", "خطف", "أعدم", "اغتيال", "اغتال"),
    "arrest": ("اعتقال", "القبض على", "اعتقلت"),
    "strategic": ("اتفاق", "تفكيك عبوة", "إبطال", "ضبط", "انشقاق", "سيطرت دون"),
}
QUOTA = {"ant": 3, "egy": 2, "saudi": 2}
# A second round drawn after the first with the same generator (the first picks are unchanged):
# more random conflict articles, and civilian-targeting cues in conflict-country articles, since
# the first round supplied few required Violence against civilians events.
QUOTA2 = {"ant": 1, "egy": 1, "saudi": 1}
TARGETS2 = {"vac": ("مسلحون مجهولون", "اغتيال", "اختطف", "خطف", "أعدم", "برصاص")}
# A third round (again after the others) for the types still thin after annotation.
TARGETS3 = {"strategic": ("القبض على", "تفكيك عبوة", "انشقاق", "ضبط كمية", "تسليم أنفسهم",
                          "وقف إطلاق النار"),
            "protest": ("تظاهر", "وقفة احتجاجية", "اعتصام", "مسيرة")}
TARGET3_QUOTA = {"strategic": 4, "protest": 3}
TARGET_QUOTA = 3
CALM_QUOTA = 3
MIN_LEN, MAX_LEN = 250, 1200


def exclusions() -> tuple[set[str], set[str]]:
    refs: set[str] = set()
    bodies: set[str] = set()
    for path in EXCLUDE:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ref = json.loads(line)["ref"]
                refs.add(next(str(ref[f]) for f in ("docno", "blob", "url") if f in ref))
                bodies.add(load_ref(ref).text.strip())
    return refs, bodies


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    old_refs, seen = exclusions()
    rows = []
    for corpus, field in CORPORA.items():
        fam = "ant" if "ant_" in corpus else "egy" if "egy" in corpus else "saudi"
        for a in iter_corpus(default_data_root() / corpus):
            body = a.text.strip()
            if not MIN_LEN <= len(body) <= MAX_LEN or body in seen or a.id in old_refs:
                continue
            seen.add(body)
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
    chosen = rng.sample(calm, CALM_QUOTA)
    taken |= {r[4].id for r in chosen}
    picked += [("calm", r) for r in chosen]
    for kind, words in TARGETS.items():
        pool = [r for r in rows
                if r[5] and r[4].id not in taken and any(w in r[4].text for w in words)]
        chosen = rng.sample(pool, min(TARGET_QUOTA, len(pool)))
        taken |= {r[4].id for r in chosen}
        picked += [(f"target-{kind}", r) for r in chosen]
    for fam, quota in QUOTA2.items():
        for cc in COUNTRY_WORDS:
            pool = [r for r in rows if r[0] == fam and r[1] == cc and r[5] and r[4].id not in taken]
            chosen = rng.sample(pool, min(quota, len(pool)))
            taken |= {r[4].id for r in chosen}
            picked += [("random2", r) for r in chosen]
    for kind, words in TARGETS2.items():
        pool = [r for r in rows
                if r[5] and r[4].id not in taken and any(w in r[4].text for w in words)]
        chosen = rng.sample(pool, min(TARGET_QUOTA, len(pool)))
        taken |= {r[4].id for r in chosen}
        picked += [(f"target2-{kind}", r) for r in chosen]
    for kind, words in TARGETS3.items():
        pool = [r for r in rows
                if r[5] and r[4].id not in taken and any(w in r[4].text for w in words)]
        chosen = rng.sample(pool, min(TARGET3_QUOTA[kind], len(pool)))
        taken |= {r[4].id for r in chosen}
        picked += [(f"target3-{kind}", r) for r in chosen]
    with open(out / "candidates.tsv", "w", encoding="utf-8") as fh:
        for n, (why, (fam, cc, corpus, field, a, _)) in enumerate(picked):
            fh.write(f"{n}\t{why}\t{fam}\t{cc}\t{corpus}\t{field}\t{a.id}\t{a.published}\t"
                     f"{a.outlet}\t{len(a.text)}\t{a.title}\n")
            (out / f"{n}.txt").write_text(a.text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
