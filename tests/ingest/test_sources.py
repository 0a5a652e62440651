"""Corpus sources → raw items: folders, JSON/JSONL (plain, gz, xz), WARC, RSS/Atom feeds."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import lzma
from pathlib import Path

import pytest

from rasad.document import content_id
from rasad.errors import ConfigError, InputError
from rasad.ingest.sources import (
    SourceItem,
    SourceProblem,
    count_items,
    expand_paths,
    iter_sources,
    parse_date,
    record_fields,
    to_document,
)

BODY_1 = "قصفت قوات النظام بلدة سراقب بريف إدلب صباح اليوم ما أدى إلى مقتل أربعة مدنيين."
BODY_2 = "دارت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على أطراف خان شيخون."
HTML = (
    "<html><head><title>قصف على سراقب</title></head><body><article><h1>قصف على سراقب</h1>"
    f"<p>{BODY_1}</p><p>{BODY_2}</p></article></body></html>"
)


def _items(paths) -> list[SourceItem]:
    return [x for x in iter_sources(paths) if isinstance(x, SourceItem)]


def test_jsonl_item_raw_is_the_line_and_its_hash_is_the_article_id(tmp_path: Path):
    line = json.dumps({"id": "r1", "text": BODY_1}, ensure_ascii=False)
    src = tmp_path / "a.jsonl"
    src.write_text(line + "\n\n" + line + "\r\n", encoding="utf-8")
    items = _items([src])
    assert [i.ref for i in items] == [f"{src}#line=1", f"{src}#line=3"]
    assert items[0].raw == line.encode("utf-8") == items[1].raw
    assert items[0].article_id == content_id(line.encode("utf-8"))


@pytest.mark.parametrize("suffix,opener", [(".jsonl.gz", gzip.open), (".jsonl.xz", lzma.open)])
def test_compressed_jsonl_is_read_line_by_line(tmp_path: Path, suffix, opener):
    src = tmp_path / f"corpus{suffix}"
    with opener(src, "wt", encoding="utf-8") as fh:
        for i, body in enumerate((BODY_1, BODY_2)):
            fh.write(json.dumps({"id": f"r{i}", "text": body}, ensure_ascii=False) + "\n")
    items = _items([src])
    assert len(items) == 2 and all(i.kind == "json" for i in items)
    assert json.loads(items[1].raw)["text"] == BODY_2


def test_truncated_xz_yields_items_before_the_damage_then_a_problem(tmp_path: Path):
    lines = "".join(
        json.dumps({"id": f"r{i}", "text": BODY_1 + str(i)}, ensure_ascii=False) + "\n"
        for i in range(400)
    )
    data = lzma.compress(lines.encode("utf-8"))
    src = tmp_path / "broken.jsonl.xz"
    src.write_bytes(data[: len(data) // 2])
    out = list(iter_sources([src]))
    assert isinstance(out[-1], SourceProblem) and "truncated" in out[-1].error
    assert all(isinstance(x, SourceItem) for x in out[:-1])


def test_folder_is_walked_recursively_in_sorted_order_skipping_unknown_and_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY_1, encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"text": BODY_2}), encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(BODY_2, encoding="utf-8")
    kinds = [(p.name, k) for p, k in expand_paths([tmp_path])]
    assert kinds == [("a.txt", "text"), ("2.html", "html"), ("c.json", "json")]
    assert count_items([tmp_path]) == 3


def test_json_file_with_a_list_gives_one_item_per_record(tmp_path: Path):
    src = tmp_path / "day.json"
    recs = [{"content": BODY_1, "source": "aawsat"}, {"content": BODY_2, "source": "okaz"}]
    src.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    items = _items([src])
    assert [i.ref for i in items] == [f"{src}#item=0", f"{src}#item=1"]
    assert json.loads(items[0].raw) == recs[0]


def test_missing_source_is_a_config_error_naming_it(tmp_path: Path):
    with pytest.raises(ConfigError, match=r"nope\.jsonl"):
        expand_paths([tmp_path / "nope.jsonl"])


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        def response(uri: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2019-05-02T10:00:00Z"},
            )
            writer.write_record(rec)

        response("https://news.example/a", "200 OK", "text/html; charset=utf-8",
                 HTML.encode("utf-8"))
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
        response("https://news.example/gone", "404 Not Found", "text/html", b"<p>404</p>")


def test_warc_yields_only_html_responses_with_status_200(tmp_path: Path):
    src = tmp_path / "crawl.warc.gz"
    _warc(src)
    items = _items([src])
    assert len(items) == 1
    item = items[0]
    assert item.kind == "html" and item.url == "https://news.example/a"
    assert item.raw == HTML.encode("utf-8")
    assert item.published == "2019-05-02"
    assert item.ref.startswith(f"{src}#record=")


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>شبكة أخبار تجريبية</title>
<item><title>قصف على سراقب</title><link>https://news.example/1</link>
<guid>n-1</guid><pubDate>Thu, 02 May 2019 09:30:00 +0300</pubDate>
<description><![CDATA[<p>{BODY_1}</p>]]></description></item>
<item><title>اشتباكات</title><link>https://news.example/2</link>
<pubDate>Fri, 03 May 2019 11:00:00 +0300</pubDate>
<description>{BODY_2}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>مرصد تجريبي</title>
<entry><title>اشتباكات</title><id>urn:x:1</id><link href="https://obs.example/1"/>
<updated>2019-05-03T08:00:00Z</updated><content type="html">&lt;p&gt;{BODY_2}&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_items_carry_text_link_date_and_the_feed_title_as_outlet(tmp_path: Path):
    src = tmp_path / "feed.rss"
    src.write_text(RSS, encoding="utf-8")
    items = _items([src])
    assert len(items) == 2
    rec = json.loads(items[0].raw)
    assert rec["published"] == "2019-05-02" and rec["url"] == "https://news.example/1"
    assert rec["outlet"] == "شبكة أخبار تجريبية" and BODY_1 in rec["html"]
    assert json.loads(items[1].raw)["html"] == BODY_2


def test_atom_feed_given_as_xml_is_recognised_by_its_content(tmp_path: Path):
    src = tmp_path / "feed.data"  # an unknown suffix given explicitly: sniffed
    src.write_text(ATOM, encoding="utf-8")
    items = _items([src])
    assert len(items) == 1
    rec = json.loads(items[0].raw)
    assert rec["published"] == "2019-05-03" and BODY_2 in rec["html"]


def test_a_file_that_is_no_feed_becomes_a_problem_not_a_crash(tmp_path: Path):
    src = tmp_path / "empty.rss"
    src.write_text("<rss><channel></channel></rss>", encoding="utf-8")
    out = list(iter_sources([src]))
    assert len(out) == 1 and isinstance(out[0], SourceProblem)


def test_record_fields_understand_common_corpus_field_names():
    ant = record_fields(
        {"docno": "FR-1", "src": "france24", "time": "Sun, 27 May 2018 15:22:10 GMT",
         "title": "عنوان", "text": BODY_1, "url": "http://x"}
    )
    assert (ant.id, ant.outlet, ant.published, ant.title) == (
        "FR-1", "france24", dt.date(2018, 5, 27), "عنوان")
    snn = record_fields(
        {"source": "aawsat", "date_extracted": "2015-07-21 02:51:32", "content": BODY_2}
    )
    assert (snn.outlet, snn.published, snn.text) == ("aawsat", dt.date(2015, 7, 21), BODY_2)


@pytest.mark.parametrize(
    "value,expected",
    [("2018-05-21", dt.date(2018, 5, 21)), ("Mon, 21 May 2018 10:00:00 GMT", dt.date(2018, 5, 21)),
     ("بالأمس", None), (None, None)],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_to_document_reads_a_record_with_its_metadata():
    raw = json.dumps(
        {"docno": "A-7", "src": "bbc", "time": "2019-05-02", "title": "قصف", "content": BODY_1},
        ensure_ascii=False,
    ).encode("utf-8")
    doc = to_document(SourceItem(raw, "x.jsonl#line=1", "json"))
    assert BODY_1 in doc.text
    assert doc.id == "A-7"
    assert doc.meta.outlet == "bbc" and doc.meta.published == dt.date(2019, 5, 2)


def test_to_document_uses_the_default_date_only_when_the_record_has_none():
    raw = json.dumps({"text": BODY_1}, ensure_ascii=False).encode("utf-8")
    doc = to_document(SourceItem(raw, "r", "json"), published_default=dt.date(2019, 1, 9))
    assert doc.meta.published == dt.date(2019, 1, 9)


@pytest.mark.parametrize(
    "raw,match",
    [(b"{not json", "not valid UTF-8 JSON"), (b"[1, 2]", "not an article record"),
     (b'{"id": "e", "text": "  "}', "no article text")],
)
def test_to_document_refuses_broken_records_with_an_input_error(raw, match):
    with pytest.raises(InputError, match=match):
        to_document(SourceItem(raw, "bad.jsonl#line=3", "json"))


def test_record_fields_win_over_what_the_page_says():
    page = HTML.replace(
        "<head>", '<head><meta property="og:site_name" content="Page Name"><meta '
        'property="article:published_time" content="2019-04-30T08:00:00Z">'
    )
    raw = json.dumps(
        {"html": page, "outlet": "شبكة أخبار تجريبية", "published": "2019-05-02"},
        ensure_ascii=False,
    ).encode("utf-8")
    doc = to_document(SourceItem(raw, "feed.rss#item=0", "json"))
    assert doc.meta.outlet == "شبكة أخبار تجريبية"
    assert doc.meta.published == dt.date(2019, 5, 2)
