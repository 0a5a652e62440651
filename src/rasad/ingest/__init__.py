"""Readers: one article (scraped text, HTML, JSON record) or a JSONL batch → ``Document``.

>>> from rasad.ingest import read_article
>>> doc = read_article("عنوان الخبر\n\nقتل ثلاثة مدنيين في قصف على البلدة.")
>>> doc.meta.title, doc.text
('عنوان الخبر', 'قتل ثلاثة مدنيين في قصف على البلدة.')
"""

from __future__ import annotations

from rasad.ingest.decode import MAX_ARTICLE_BYTES, decode_bytes
from rasad.ingest.records import (
    FORMATS,
    RecordResult,
    iter_jsonl,
    read_article,
    read_path,
    read_record,
)
from rasad.ingest.scraped import DateLine, ScrapedPage, parse_date, parse_date_line, parse_scraped

__all__ = [
    "FORMATS",
    "MAX_ARTICLE_BYTES",
    "DateLine",
    "RecordResult",
    "ScrapedPage",
    "decode_bytes",
    "iter_jsonl",
    "parse_date",
    "parse_date_line",
    "parse_scraped",
    "read_article",
    "read_path",
    "read_record",
]
