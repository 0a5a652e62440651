"""Draw candidate articles for the third held-out event gold set (texts go to a temp dir).

python select_test3.py OUTDIR -> OUTDIR/candidates.tsv, OUTDIR/<n>.txt, OUTDIR/excluded.txt
Seed 2028; bodies of 250-1200 characters with a Syria/Iraq/Yemen/Libya/Sudan/Lebanon/Palestine
cue. Excluded: every ref and every identical body in any other gold/*.jsonl, every article id in the
audit samples earlier sessions read beside rasad's output (every ``sample*.json`` under /tmp,
found at selection time; a sample keyed by position carries no ids, so the ids of the
``pool.jsonl`` beside it are excluded instead), and repeated bodies. Picks, in order: "random"
(conflict word + country cue, one per corpus family and country), "random2" (one more per
corpus family for the four main countries), "calm" (country cue, no conflict word), then
"target-<type>" (a conflict word and a cue for a rare event type), then a second targeted
round "target2-<type>" with narrower cues.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from rasad.corpora import default_data_root, iter_corpus, load_ref

REPO = Path(__file__).resolve().parents[3]
SEED = 2028
CORPORA = {
    "news/ant_multisource/ant_multisource.jsonl.xz": "docno",
    "news/egynews2013_mideast_world/egy2013_mideast_world.jsonl.xz": "blob",
    **{f"news/saudinewsnet/dataset/{p.name}": "url"
       for p in sorted((default_data_root() / "news/saudinewsnet/dataset").glob("*.zip"))},
}
COUNTRY_WORDS = {"SY": ("سوريا", "سورية", "دمشق", "حلب", "إدلب", "حمص", "درعا"),
                 "IQ": ("العراق", "بغداد", "الموصل", "الأنبار", "كركوك"),
                 "YE": ("اليمن", "صنعاء", "عدن", "تعز", "الحوثي"),
                 "LY": ("ليبيا", "طرابلس", "بنغازي", "مصراتة", "درنة"),
                 "SD": ("السودان", "الخرطوم", "دارفور", "كردفان"),
                 "LB": ("لبنان", "بيروت", "صيدا", "البقاع"),
                 "PS": ("فلسطين", "غزة", "الضفة الغربية", "رام الله")}
MAIN = ("SY", "IQ", "YE", "LY")
CONFLICT = ("قتل", "مقتل", "قصف", "اشتباك", "هجوم", "غارة", "غارات", "انفجار", "معارك")
TARGETS = {
    "protest": ("متظاهر", "تظاهرة", "مظاهرة", "المحتجين", "اعتصام", "وقفة احتجاجية"),
    "riot": ("أحرق", "أضرم", "رشق", "شغب", "اقتحم محتجون", "اقتحم المتظاهرون"),
    "vac": ("مسلحون مجهولون", "اغتيال", "اختطف", "خطف", "أعدم", "برصاص"),
    "strategic": ("القبض على", "تفكيك عبوة", "انشقاق", "ضبط", "اتفاق", "تسليم أنفسهم"),
}
TARGET_QUOTA = 3
# A second targeted round, drawn after the first 49 were annotated (earlier picks unchanged),
# with narrower cues, because the first round supplied only one or two required riot,
# civilian-targeting and strategic events.
TARGETS2 = {
    "vac": ("مسلحون مجهولون", "مسلحين مجهولين", "اغتيال", "اختطاف", "أعدم", "برصاص"),
    "riot": ("أضرم", "أحرقوا", "رشقوا", "تفريق المتظاهرين", "قطعوا الطريق", "شغب"),
    "strategic": ("القبض على", "تفكيك عبوة", "ضبط", "انشقاق", "وقف إطلاق النار"),
}
TARGET2_QUOTA = 2
CALM_QUOTA = 4
MIN_LEN, MAX_LEN = 250, 1200


def gold_exclusions() -> tuple[set[str], set[str]]:
    refs: set[str] = set()
    bodies: set[str] = set()
    for path in sorted((REPO / "gold").glob("*.jsonl")):
        if path.name == "events_test3.jsonl":  # this set's own output
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ref = json.loads(line)["ref"]
                refs.add(next(str(ref[f]) for f in ("docno", "blob", "url") if f in ref))
                bodies.add(load_ref(ref).text.strip())
    return refs, bodies


def audit_exclusions() -> tuple[set[str], list[str]]:
    """Ids of every article in /tmp/**/sample*.json (and the pool beside index-keyed ones)."""
    ids: set[str] = set()
    used: list[str] = []
    for path in sorted(Path("/tmp").rglob("sample*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        used.append(str(path))
        if isinstance(data, list):
            ids |= {str(x.get("id") or x.get("docno")) for x in data if isinstance(x, dict)}
        elif isinstance(data, dict) and (path.parent / "pool.jsonl").exists():
            pool = path.parent / "pool.jsonl"
            ids |= {str(json.loads(line)["id"]) for line in
                    pool.read_text(encoding="utf-8").splitlines() if line.strip()}
            used.append(f"{pool} (ids for {path.name})")
    return ids, used


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    old_refs, seen = gold_exclusions()
    audit_ids, used = audit_exclusions()
    (out / "excluded.txt").write_text("\n".join(used) + "\n", encoding="utf-8")
    rows = []
    for corpus, field in CORPORA.items():
        fam = "ant" if "ant_" in corpus else "egy" if "egy" in corpus else "saudi"
        for a in iter_corpus(default_data_root() / corpus):
            body = a.text.strip()
            if (not MIN_LEN <= len(body) <= MAX_LEN or body in seen or a.id in old_refs
                    or a.id in audit_ids):
                continue
            seen.add(body)
            cc = max(COUNTRY_WORDS, key=lambda c: sum(a.text.count(w) for w in COUNTRY_WORDS[c]))
            if not any(w in a.text for w in COUNTRY_WORDS[cc]):
                continue
            rows.append((fam, cc, corpus, field, a, any(w in a.text for w in CONFLICT)))
    picked: list[tuple[str, tuple]] = []
    taken: set[str] = set()

    def draw(kind: str, pool: list, k: int) -> None:
        chosen = rng.sample(pool, min(k, len(pool)))
        taken.update(r[4].id for r in chosen)
        picked.extend((kind, r) for r in chosen)

    for fam in ("ant", "egy", "saudi"):
        for cc in COUNTRY_WORDS:
            draw("random", [r for r in rows if r[0] == fam and r[1] == cc and r[5]], 1)
    for fam in ("ant", "egy", "saudi"):
        for cc in MAIN:
            draw("random2", [r for r in rows if r[0] == fam and r[1] == cc and r[5]
                             and r[4].id not in taken], 1)
    draw("calm", [r for r in rows if not r[5] and r[4].id not in taken], CALM_QUOTA)
    for kind, words in TARGETS.items():
        draw(f"target-{kind}", [r for r in rows if r[5] and r[4].id not in taken
                                and any(w in r[4].text for w in words)], TARGET_QUOTA)
    for kind, words in TARGETS2.items():
        draw(f"target2-{kind}", [r for r in rows if r[5] and r[4].id not in taken
                                 and any(w in r[4].text for w in words)], TARGET2_QUOTA)
    with open(out / "candidates.tsv", "w", encoding="utf-8") as fh:
        for n, (why, (fam, cc, corpus, field, a, _)) in enumerate(picked):
            fh.write(f"{n}\t{why}\t{fam}\t{cc}\t{corpus}\t{field}\t{a.id}\t{a.published}\t"
                     f"{a.outlet}\t{len(a.text)}\t{a.title}\n")
            (out / f"{n}.txt").write_text(a.text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
