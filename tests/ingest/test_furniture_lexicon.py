"""Every entry of resources/furniture.yaml, and every Gregorian month name, does its job."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.ingest import parse_date_line, parse_scraped
from rasad.resources import load_yaml

LEX = load_yaml("furniture.yaml")
HEADER = LEX["header"]
BODY_1 = "قصفت المدفعية الثقيلة أطراف بلدة اللطامنة في ريف حماة الشمالي صباح اليوم."
BODY_2 = "وقال ناشطون إن القصف تسبب بأضرار مادية في منازل المدنيين دون تسجيل إصابات."


def _page(*lines: str) -> str:
    return "\n".join(["عنوان الخبر", "", BODY_1, *lines, BODY_2])


@pytest.mark.parametrize("phrase", LEX["lines"] + LEX["tickers"] + LEX["list_headings"])
def test_furniture_line_is_removed_and_body_kept(phrase):
    page = parse_scraped(_page(phrase))
    assert page.body == f"{BODY_1}\n\n{BODY_2}"


@pytest.mark.parametrize("phrase", LEX["lines"])
def test_furniture_line_with_a_label_value_is_removed(phrase):
    page = parse_scraped(_page(f"{phrase}: سوريا، حماة"))
    assert page.body == f"{BODY_1}\n\n{BODY_2}"


@pytest.mark.parametrize("phrase", LEX["comment_headings"])
def test_comment_heading_ends_the_body(phrase):
    page = parse_scraped("\n".join(["عنوان الخبر", "", BODY_1, phrase, BODY_2]))
    assert page.body == BODY_1


@pytest.mark.parametrize("phrase", LEX["tickers"])
def test_ticker_glued_to_the_end_of_a_paragraph_is_removed(phrase):
    page = parse_scraped("\n".join(["عنوان الخبر", "", BODY_1 + phrase, BODY_2]))
    assert page.body == f"{BODY_1}\n\n{BODY_2}"


@pytest.mark.parametrize("phrase", LEX["lines"] + LEX["comment_headings"])
def test_long_sentence_containing_a_furniture_phrase_is_body(phrase):
    sentence = (f"وأوضح المتحدث أن عبارة {phrase} ظهرت في بيان رسمي نشرته الوزارة "
                "على موقعها مساء أمس بعد اجتماع طارئ للحكومة.")
    page = parse_scraped(_page(sentence))
    assert sentence in page.body


@pytest.mark.parametrize("label", HEADER["updated_labels"])
def test_updated_label_marks_the_date_after_it(label):
    dl = parse_date_line(f"3 أيلول 2019 {label}: 4 أيلول 2019")
    assert (dl.published, dl.updated) == (dt.date(2019, 9, 3), dt.date(2019, 9, 4))


@pytest.mark.parametrize("label", HEADER["published_labels"])
def test_published_label_is_not_part_of_the_author(label):
    dl = parse_date_line(f"سعيد الأحمد {label} 3 أيلول 2019")
    assert dl.published == dt.date(2019, 9, 3)
    assert dl.author == "سعيد الأحمد"


@pytest.mark.parametrize("prefix", HEADER["author_prefixes"])
def test_author_prefix_is_removed_from_the_author(prefix):
    assert parse_date_line(f"{prefix} سعيد الأحمد - 3 أيلول 2019").author == "سعيد الأحمد"


@pytest.mark.parametrize("prefix", HEADER["caption_prefixes"])
def test_caption_prefix_marks_a_caption_line(prefix):
    caption = f"{prefix} لمبنى مدمر في البلدة"
    page = parse_scraped("\n".join(["عنوان الخبر", caption, BODY_1, BODY_2]))
    assert page.caption == caption
    assert page.body == f"{BODY_1}\n\n{BODY_2}"


@pytest.mark.parametrize("name,month", sorted(load_yaml("calendar.yaml")["gregorian"].items()))
def test_every_gregorian_month_name_reads_in_a_date_line(name, month):
    assert parse_date_line(f"الكاتب 5 {name} 2020").published == dt.date(2020, month, 5)
