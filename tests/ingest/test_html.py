"""HTML pages: body, title, author, site name, caption and dates only where the page states them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import rasad.ingest.html as html_reader
from rasad.errors import InputError
from rasad.ingest import read_article, read_path
from rasad.ingest.html import looks_like_html, parse_date_value

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
D = dt.date


def test_article_with_markup_dates_caption_and_site_name():
    doc = read_path(FIXTURES / "benghazi-article.html")
    meta = doc.meta
    assert meta.source_format == "html"
    assert meta.title == "انفجار سيارة مفخخة قرب مسجد في بنغازي"
    assert (meta.published, meta.updated) == (D(2018, 1, 23), D(2018, 1, 24))
    assert meta.outlet == "بوابة ليبيا الإخبارية"
    assert meta.author == "سالم المبروك"
    assert meta.caption == "عناصر أمن في موقع الانفجار وسط بنغازي (أ ف ب)"
    assert doc.text.startswith("قُتل ما لا يقل عن سبعة وعشرين شخصاً")
    assert len(doc.text.split("\n\n")) == 3
    for not_body in ("أ ف ب", "الرئيسية", "شارك", "أخبار ذات صلة", "جميع الحقوق"):
        assert not_body not in doc.text


def test_page_without_markup_date_takes_the_visible_byline_date():
    doc = read_path(FIXTURES / "mosul-visible-date.html")
    assert doc.meta.published == D(2018, 7, 15)
    assert doc.meta.author == "أحمد الجبوري"
    assert doc.text.startswith("عثرت فرق الدفاع المدني")
    assert "كتب:" not in doc.text


def test_page_with_only_a_copyright_year_has_no_date_and_no_copyright_line():
    doc = read_path(FIXTURES / "gaza-copyright-only.html")
    assert doc.meta.published is None
    assert "الحقوق" not in doc.text
    assert doc.text.startswith("قصفت مدفعية الاحتلال")


def test_published_argument_is_the_fallback_for_an_undated_page():
    doc = read_path(FIXTURES / "gaza-copyright-only.html", published=D(2021, 5, 3))
    assert doc.meta.published == D(2021, 5, 3)
    dated = read_path(FIXTURES / "benghazi-article.html", published=D(2021, 5, 3))
    assert dated.meta.published == D(2018, 1, 23)


class _Guess:
    """What trafilatura returns, with a date it guessed."""

    def __init__(self, real, date):
        self._real, self.date = real, date

    def __getattr__(self, name):
        return getattr(self._real, name)


@pytest.mark.parametrize(
    ("url", "expected"),
    [(None, None), ("https://example.org/news/2021/01/01/shelling", D(2021, 1, 1))],
)
def test_guessed_date_is_kept_only_when_the_page_or_url_writes_it(monkeypatch, url, expected):
    real = html_reader._trafilatura
    monkeypatch.setattr(html_reader, "_trafilatura",
                        lambda tree, u: _Guess(real(tree, u), "2021-01-01"))
    html = (FIXTURES / "gaza-copyright-only.html").read_text(encoding="utf-8")
    assert read_article(html, url=url).meta.published == expected


def test_truncated_html_still_gives_its_text():
    doc = read_path(FIXTURES / "truncated.html")
    assert doc.meta.title == "اشتباكات في درعا"
    assert doc.text.startswith("اندلعت اشتباكات عنيفة")
    assert doc.text.endswith("عن أجزاء من الم")


def test_html_fragment_without_html_or_body_tags():
    doc = read_article("<p>قُتل شخصان في انفجار لغم أرضي قرب بلدة الرقة.</p>"
                       "<p>وقال ناشطون إن الضحيتين من رعاة الأغنام.</p>")
    assert doc.meta.source_format == "html"
    assert doc.text == ("قُتل شخصان في انفجار لغم أرضي قرب بلدة الرقة.\n\n"
                        "وقال ناشطون إن الضحيتين من رعاة الأغنام.")


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>بلا نص</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script><nav>الرئيسية</nav></body></html>",
    ],
)
def test_html_without_body_text_is_an_input_error(html):
    with pytest.raises(InputError, match="no article body"):
        read_article(html, fmt="html")


def test_figcaption_text_is_the_caption_and_not_body():
    doc = read_article(
        "<article><h1>حريق في مخيم للنازحين</h1><figure><img src='a.jpg'>"
        "<figcaption>خيام محترقة في مخيم قرب سرمدا</figcaption></figure>"
        "<p>اندلع حريق في مخيم للنازحين قرب بلدة سرمدا شمالي إدلب، وأتى على عشرين خيمة.</p>"
        "</article>"
    )
    assert doc.meta.caption == "خيام محترقة في مخيم قرب سرمدا"
    assert "خيام محترقة" not in doc.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-05-21T10:00:00+03:00", D(2018, 5, 21)),
        ("Mon, 21 May 2018 10:00:00 GMT", D(2018, 5, 21)),
        ("21 مايو 2018", D(2018, 5, 21)),
        ("21/05/2018", D(2018, 5, 21)),
        ("2018-02-30", None),
        ("قريباً", None),
    ],
)
def test_markup_date_values(value, expected):
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<!DOCTYPE html><html><body><p>نص</p></body></html>", True),
        ("  <div class='x'>نص</div>", True),
        ("نص فيه <p>فقرة</p> و<br> و<span>وسم</span>", True),
        ("قال إن عدد القتلى < 10 وإن الجرحى > 20", False),
        ("عنوان\n\nنص عادي بلا وسوم.", False),
    ],
)
def test_markup_detection(text, is_html):
    assert looks_like_html(text) is is_html


def test_without_trafilatura_the_visible_text_is_read(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name.startswith("trafilatura"):
            raise ImportError("simulated broken install")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    doc = read_path(FIXTURES / "benghazi-article.html")
    assert doc.meta.published == D(2018, 1, 23)
    assert doc.meta.caption == "عناصر أمن في موقع الانفجار وسط بنغازي (أ ف ب)"
    assert doc.text.startswith("قُتل ما لا يقل عن سبعة وعشرين شخصاً")
    assert doc.text.endswith("الحداد ثلاثة أيام.")
    mosul = read_path(FIXTURES / "mosul-visible-date.html")
    assert mosul.meta.published == D(2018, 7, 15)
    assert mosul.text.startswith("عثرت فرق الدفاع المدني")
