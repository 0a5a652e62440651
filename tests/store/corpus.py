"""A small multi-outlet Arabic corpus written for these tests, with deliberately broken records.

Three outlets report the Saraqib shelling (one a day later, with a different toll), two report
the Khan Shaykhun clashes, one reports a Douma air strike; broken records cover every way an
input can fail (bad JSON, a non-object, empty text, binary bytes, a stage failure).
"""

from __future__ import annotations

import json
from pathlib import Path

GOOD_RECORDS = [
    {"id": "a-1", "outlet": "وكالة أ", "published": "2019-05-02",
     "title": "قصف على سراقب",
     "text": "قصف على سراقب\n\nقصفت قوات النظام مدينة سراقب بريف إدلب ما أدى إلى مقتل 4 "
             "مدنيين وإصابة آخرين."},
    {"id": "b-1", "outlet": "شبكة ب", "published": "2019-05-02",
     "title": "سراقب تحت النار",
     "text": "سراقب تحت النار\n\nأفاد ناشطون بمقتل 6 مدنيين جراء قصف مدفعي لقوات النظام على "
             "سراقب."},
    {"id": "c-1", "outlet": "موقع ج", "published": "2019-05-03",
     "title": "حصيلة قصف سراقب",
     "text": "حصيلة قصف سراقب\n\nارتفعت حصيلة قصف قوات النظام على سراقب إلى مقتل 7 مدنيين."},
    {"id": "a-2", "outlet": "وكالة أ", "published": "2019-05-03",
     "title": "اشتباكات خان شيخون",
     "text": "اشتباكات خان شيخون\n\nدارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة على "
             "أطراف خان شيخون."},
    {"id": "b-2", "outlet": "شبكة ب", "published": "2019-05-03",
     "title": "معارك جنوب إدلب",
     "text": "معارك جنوب إدلب\n\nتجددت الاشتباكات بين فصائل المعارضة وقوات النظام في خان "
             "شيخون."},
    {"id": "c-2", "outlet": "موقع ج", "published": "2019-05-04",
     "title": "غارة على دوما",
     "text": "غارة على دوما\n\nشنت طائرات حربية غارة على دوما في الغوطة الشرقية."},
]

BROKEN_LINES = [
    b"{this is not json",
    b"[\"an\", \"array\"]",
    json.dumps({"id": "empty", "outlet": "x", "text": "   "}).encode(),
    json.dumps(
        {"id": "refused", "outlet": "شبكة ب", "published": "2019-05-05",
         "text": "خبر\n\nخبر مستحيل عن قصف على دوما."},
        ensure_ascii=False,
    ).encode("utf-8"),
]


def write_corpus(root: Path, *, broken: bool = True) -> Path:
    """The corpus as a folder: a JSONL file, a .txt, an .html and a .json article."""
    root.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in GOOD_RECORDS[:4]]
    if broken:
        lines += BROKEN_LINES
    (root / "feed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (root / "more").mkdir(exist_ok=True)
    (root / "more" / "b2.txt").write_text(GOOD_RECORDS[4]["text"], encoding="utf-8")
    (root / "more" / "c2.json").write_text(
        json.dumps(GOOD_RECORDS[5], ensure_ascii=False), encoding="utf-8"
    )
    if broken:
        (root / "more" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return root


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path
