"""The founding example and real news from ../shared (skipped when ../shared is absent)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rasad.ingest import read_article, read_path

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
EXAMPLE = SHARED / "examples" / "south-damascus-2018-05-21.txt"
ANT_SAMPLE = SHARED / "data" / "news" / "ant_multisource" / "sample_conflict_middleEast_200.jsonl"

pytestmark = pytest.mark.shared


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (a fresh clone has no ../shared)")
    return path


def test_founding_example_is_read_into_headline_byline_caption_outlet_and_body():
    doc = read_path(_need(EXAMPLE))
    first_line = EXAMPLE.read_text(encoding="utf-8").split("\n", 1)[0].strip()
    meta = doc.meta
    assert meta.published == dt.date(2018, 5, 21)
    assert meta.title == first_line
    assert meta.author == "فريق التحرير"
    assert meta.outlet == "حرية برس"
    assert meta.caption and meta.caption not in doc.text
    assert doc.text.startswith("أعلنت قوات نظام الأسد")
    for furniture in ("التعليقات", "عذراً التعليقات مغلقة", "عاجل", "آخر تحديث", "حرية برس:"):
        assert furniture not in doc.text


def _chars(s: str) -> int:
    return len("".join(s.split()))


def test_real_articles_never_raise_and_keep_their_text():
    records = [json.loads(line) for line in _need(ANT_SAMPLE).open(encoding="utf-8")][:50]
    assert len(records) == 50
    for record in records:
        doc = read_article(record["text"])
        kept = _chars(doc.text) / _chars(record["text"])
        assert kept >= 0.9, (record["docno"], kept)
