"""read_article / read_path / iter_jsonl: formats, ids, precedence of metadata, per-line errors."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import lzma
from pathlib import Path

import pytest

from rasad.document import Document, content_id
from rasad.errors import InputError
from rasad.ingest import MAX_ARTICLE_BYTES, iter_jsonl, read_article, read_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
D = dt.date

PAGE = (
    "مقتل مدنيين بقصف على بلدة معرشورين\n\n"
    "فريق التحرير 5 شباط 2020\n\n"
    "قُتل ثلاثة مدنيين وجرح آخرون جراء قصف جوي استهدف بلدة معرشورين في ريف إدلب.\n\n"
    "وقال الدفاع المدني إن فرقه ما زالت تبحث عن مفقودين تحت الأنقاض.\n"
)


# --------------------------------------------------------------------------- read_article


def test_scraped_text_gives_a_document_with_clean_body_and_meta():
    doc = read_article(PAGE)
    assert isinstance(doc, Document)
    assert doc.meta.source_format == "text"
    assert doc.meta.title == "مقتل مدنيين بقصف على بلدة معرشورين"
    assert doc.meta.published == D(2020, 2, 5)
    assert doc.text.startswith("قُتل ثلاثة مدنيين")
    assert doc.text.endswith("تحت الأنقاض.")


def test_id_is_the_content_hash_of_the_raw_input_or_the_given_id():
    assert read_article(PAGE).id == content_id(PAGE)
    raw = PAGE.encode("cp1256")
    assert read_article(raw).id == content_id(raw)
    assert read_article(PAGE, article_id="a-17").id == "a-17"


def test_bytes_in_windows_1256_are_read():
    doc = read_article(PAGE.encode("cp1256"))
    assert doc.meta.published == D(2020, 2, 5)
    assert doc.text.startswith("قُتل ثلاثة مدنيين")


def test_utf16_bytes_with_bom_are_read():
    doc = read_article(PAGE.encode("utf-16"))
    assert doc.meta.title == "مقتل مدنيين بقصف على بلدة معرشورين"


def test_page_date_wins_over_the_published_argument():
    assert read_article(PAGE, published=D(2021, 1, 1)).meta.published == D(2020, 2, 5)


def test_published_and_outlet_arguments_fill_what_the_page_lacks():
    text = "قصفت المدفعية أطراف بلدة الزيارة في سهل الغاب.\nولم تسجل إصابات."
    doc = read_article(text, published=D(2019, 6, 2), outlet="المرصد", url="https://x.org/1")
    assert (doc.meta.published, doc.meta.outlet, doc.meta.url) == (
        D(2019, 6, 2), "المرصد", "https://x.org/1")


def test_outlet_tag_of_the_page_wins_over_the_outlet_argument():
    text = "عنوان الخبر\n\nسمارت:\n\nقصفت المدفعية أطراف بلدة الزيارة."
    assert read_article(text, outlet="غيره").meta.outlet == "سمارت"


def test_json_record_fields_win_over_page_and_arguments():
    record = {"id": "r1", "text": PAGE, "published": "2020-02-06", "outlet": "سمارت",
              "title": "عنوان من السجل", "url": "https://example.org/r1"}
    doc = read_article(json.dumps(record, ensure_ascii=False), published=D(2001, 1, 1),
                       outlet="غيره")
    assert doc.id == "r1"
    assert doc.meta.source_format == "json"
    assert doc.meta.published == D(2020, 2, 6)
    assert doc.meta.outlet == "سمارت"
    assert doc.meta.title == "عنوان من السجل"
    assert doc.meta.url == "https://example.org/r1"


def test_json_record_with_html():
    record = {"html": "<html><body><p>اقتحمت قوات الاحتلال مخيم جنين فجر اليوم.</p></body></html>"}
    doc = read_article(json.dumps(record, ensure_ascii=False))
    assert doc.meta.source_format == "json"
    assert doc.text == "اقتحمت قوات الاحتلال مخيم جنين فجر اليوم."


def test_json_like_text_without_text_field_is_read_as_text():
    doc = read_article('{"note": "ليس خبراً"}\nسطر ثان من النص.')
    assert doc.meta.source_format == "text"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "x", "text": ""}, "no article text"),
        ({"id": "x", "text": 12}, "must be a string"),
        ({"id": "x", "text": "نص الخبر.", "published": "قريباً"}, "not a date"),
        ({"id": "x", "text": "نص الخبر.", "published": "2020-02-30"}, "not a date"),
    ],
)
def test_bad_json_records_are_input_errors(record, message):
    with pytest.raises(InputError, match=message):
        read_article(json.dumps(record, ensure_ascii=False), fmt="json")


def test_forced_json_format_on_non_json_is_an_input_error():
    with pytest.raises(InputError, match="not valid JSON"):
        read_article("نص عادي", fmt="json")


def test_unknown_format_is_an_input_error():
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        read_article(PAGE, fmt="pdf")


@pytest.mark.parametrize(
    "text",
    ["", "   \n  ", "عاجل\nشارك\nالتعليقات", "عنوان وحيد\n21 مايو 2018"],
)
def test_article_without_body_text_is_an_input_error(text):
    with pytest.raises(InputError):
        read_article(text)


# --------------------------------------------------------------------------- read_path


def test_read_path_reads_and_names_the_source(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(PAGE.encode("cp1256"))
    doc = read_path(path)
    assert doc.id == content_id(PAGE.encode("cp1256"))
    assert doc.meta.published == D(2020, 2, 5)


def test_read_path_unpacks_gz_and_xz(tmp_path):
    for suffix, opener in ((".gz", gzip.open), (".xz", lzma.open)):
        path = tmp_path / f"article.txt{suffix}"
        with opener(path, "wb") as fh:
            fh.write(PAGE.encode("utf-8"))
        assert read_path(path).meta.published == D(2020, 2, 5)


def test_read_path_uses_the_suffix_for_html(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<p>خبر قصير عن قصف في ريف دمشق.</p>", encoding="utf-8")
    assert read_path(path).meta.source_format == "html"


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_directory_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_empty_file_is_an_input_error_naming_it(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty") as err:
        read_path(path)
    assert str(path) in str(err.value)


def test_binary_file_is_an_input_error(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InputError, match="PNG image"):
        read_path(path)


def test_broken_archive_is_an_input_error(tmp_path):
    path = tmp_path / "article.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00broken")
    with pytest.raises(InputError, match="cannot be read"):
        read_path(path)


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: no 50 MB written to disk
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError) as err:
        read_path(path)
    assert "is 50.0 MB, over the 10 MB per-article limit; split it into articles or use a " \
        ".jsonl batch" in str(err.value)


def test_compressed_file_unpacking_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "huge.txt.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(b"a" * (MAX_ARTICLE_BYTES + 10))
    with pytest.raises(InputError, match="per-article limit"):
        read_path(path)


def test_jsonl_path_points_to_iter_jsonl(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "نص"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="iter_jsonl"):
        read_path(path)


# --------------------------------------------------------------------------- iter_jsonl


def _check_batch(results):
    by_line = {r.line_no: r for r in results}
    assert sorted(by_line) == [1, 3, 4, 5, 6, 7, 8, 9]  # blank line 2 skipped
    good = {r.id: r.doc for r in results if r.ok}
    assert set(good) == {"sy-001", "iq-002", "7", "ye-008"}
    assert good["sy-001"].meta.published == D(2019, 2, 11)
    assert good["sy-001"].meta.outlet == "شبكة شام"
    assert good["sy-001"].text.startswith("قصفت قوات النظام")  # repeated title removed
    assert good["iq-002"].meta.published == D(2020, 7, 4)
    assert good["7"].meta.outlet == "الوكالة الوطنية"
    assert good["ye-008"].meta.published == D(2022, 3, 21)
    assert "not valid JSON" in by_line[4].error
    assert "not an object" in by_line[5].error
    assert by_line[6].id == "empty-005" and "no article text" in by_line[6].error
    assert by_line[7].id == "date-006" and "not a date" in by_line[7].error
    for r in results:
        assert (r.doc is None) != (r.error is None)
        if r.error:
            assert f"line {r.line_no}" in r.error


def test_jsonl_gives_one_result_per_line_and_goes_on_after_bad_lines():
    _check_batch(list(iter_jsonl(FIXTURES / "batch.jsonl")))


def test_jsonl_from_text_and_binary_streams():
    data = (FIXTURES / "batch.jsonl").read_bytes()
    _check_batch(list(iter_jsonl(io.BytesIO(data))))
    _check_batch(list(iter_jsonl(io.StringIO(data.decode("utf-8")))))


@pytest.mark.parametrize(("suffix", "opener"), [(".gz", gzip.open), (".xz", lzma.open)])
def test_jsonl_compressed_paths(tmp_path, suffix, opener):
    path = tmp_path / f"batch.jsonl{suffix}"
    with opener(path, "wb") as fh:
        fh.write((FIXTURES / "batch.jsonl").read_bytes())
    _check_batch(list(iter_jsonl(path)))


def test_jsonl_line_that_is_not_utf8_is_an_error_result():
    data = '{"id": "a", "text": "خبر أول عن قصف."}\n'.encode() + "خبر".encode("cp1256") + b"\n"
    results = list(iter_jsonl(io.BytesIO(data)))
    assert results[0].ok and not results[1].ok
    assert "not UTF-8" in results[1].error


def test_jsonl_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(iter_jsonl(tmp_path / "missing.jsonl"))


def test_jsonl_arguments_are_fallbacks():
    line = json.dumps({"id": "z", "text": "خبر بلا تاريخ عن اشتباكات."}, ensure_ascii=False)
    (result,) = iter_jsonl(io.StringIO(line), published=D(2018, 5, 21), outlet="عنب بلدي")
    assert (result.doc.meta.published, result.doc.meta.outlet) == (D(2018, 5, 21), "عنب بلدي")


def test_unreadable_file_is_an_input_error(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(PAGE, encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match=r"cannot be read .*PermissionError") as err:
        read_path(path)
    assert str(path) in str(err.value)


def test_reading_text_does_not_load_the_html_extractor():
    import subprocess
    import sys

    code = ("import sys; from rasad.ingest import read_article; "
            "read_article('عنوان\\n\\nقصف على بلدة في ريف حلب.'); "
            "assert 'trafilatura' not in sys.modules, 'trafilatura imported for plain text'")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)



def test_markup_after_leading_text_is_still_detected_and_plain_text_is_not():
    # _detect looks for "<" before "</": a page that opens with a line of text and then
    # carries markup is still HTML; text with a "<" but no closing tag stays text
    html = "مقدمة الصفحة\n<html><body><article><p>" + "قتل ثلاثة مدنيين في قصف على البلدة. " * 5 + (
        "</p></article></body></html>"
    )
    assert read_article(html).meta.source_format == "html"
    text = "عنوان الخبر\n\nقتل ثلاثة مدنيين في قصف على البلدة، والعدد < 5 في التقديرات."
    assert read_article(text).meta.source_format == "text"
