"""Scraped pages: byline/date lines, headline, caption, outlet tag, page furniture."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasad.arabic.normalize import normalize
from rasad.ingest import parse_date, parse_date_line, parse_scraped
from rasad.ingest.scraped import _after_ticker, _find_dates, _scan_dates

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
D = dt.date


# --------------------------------------------------------------------------- date lines


@pytest.mark.parametrize(
    ("line", "published", "author"),
    [
        # a view counter glued to the day, the "updated" label glued to the year
        ("فريق التحرير121 مايو 2018آخر تحديث :", D(2018, 5, 21), "فريق التحرير"),
        ("هيئة التحرير37 آب 2019آخر تحديث", D(2019, 8, 7), "هيئة التحرير"),
        ("مراسلنا في حلب919 كانون الثاني 2020نشر في", D(2020, 1, 19), "مراسلنا في حلب"),
        # a counter whose last two digits are no valid day: only the last digit is the day
        ("سامر حداد 835 نيسان 2021", D(2021, 4, 5), "سامر حداد"),
        ("بقلم أحمد الحلبي - 14 آذار 2019", D(2019, 3, 14), "أحمد الحلبي"),
        ("كتب: ليلى الخطيب | الأربعاء 2 تشرين الأول 2019", D(2019, 10, 2), "ليلى الخطيب"),
        ("نشر في: الثلاثاء ١٩ نيسان/أبريل ٢٠١٨", D(2018, 4, 19), None),
        ("الاثنين 21 من أيار (مايو) 2018", D(2018, 5, 21), None),
        ("تاريخ النشر: 7 يونيو 2017", D(2017, 6, 7), None),
        ("مايو 21، 2018", D(2018, 5, 21), None),
        ("21/05/2018", D(2018, 5, 21), None),
        ("٢١/٠٥/٢٠١٨", D(2018, 5, 21), None),
        ("2018-05-21", D(2018, 5, 21), None),
        ("2020/3/9", D(2020, 3, 9), None),
        ("المكتب الإعلامي4518/03/2020", D(2020, 3, 18), "المكتب الإعلامي"),
    ],
)
def test_date_line_gives_publication_date_and_author(line, published, author):
    dl = parse_date_line(line)
    assert dl is not None
    assert dl.published == published
    assert dl.author == author


def test_date_after_updated_label_is_the_updated_date():
    dl = parse_date_line("نشر في 3 أيلول 2019 - آخر تحديث: 4 أيلول 2019 10:15")
    assert (dl.published, dl.updated, dl.time) == (D(2019, 9, 3), D(2019, 9, 4), None)


def test_time_after_the_publication_date_is_read_on_24_hours():
    assert parse_date_line("12 شباط 2020 - 9:40 م").time == "21:40"
    assert parse_date_line("12 شباط 2020 الساعة 09:05").time == "09:05"


def test_date_span_points_at_the_day_not_at_the_glued_counter():
    line = "فريق التحرير121 مايو 2018آخر تحديث :"
    dl = parse_date_line(line)
    assert line[dl.start : dl.end] == "21 مايو 2018"


@pytest.mark.parametrize(
    "line",
    ["لا تاريخ في هذا السطر", "مايو 2018", "31 شباط 2019", "45/13/2020", "2018-13-40", ""],
)
def test_lines_without_a_valid_date_give_none(line):
    assert parse_date_line(line) is None


def test_parse_date_reads_the_first_date_in_a_sentence():
    assert parse_date("وقعت الحادثة في 3 تشرين الثاني 2019 قرب المدينة") == D(2019, 11, 3)


# --------------------------------------------------------------------------- page layout


def test_layout_of_a_scraped_page_with_labels_and_furniture():
    page = parse_scraped((FIXTURES / "hama-enab.txt").read_text(encoding="utf-8"))
    assert page.title == "مقتل أربعة مدنيين بقصف مدفعي على ريف حماة الشمالي"
    assert (page.published, page.updated) == (D(2019, 9, 3), D(2019, 9, 4))
    assert page.author == "محمد الأحمد"
    assert page.outlet == "عنب بلدي"
    assert page.caption.startswith("صورة أرشيفية")
    assert page.body.startswith("قُتل أربعة مدنيين")
    paragraphs = page.body.split("\n\n")
    assert len(paragraphs) == 3
    # a long sentence that mentions "التعليقات" is body, not a comment block
    assert paragraphs[-1].startswith("وأضاف أن التعليقات")
    for furniture in ("الوسوم", "شارك", "فيسبوك", "مواضيع ذات صلة", "نزوح واسع", "أضف تعليق",
                      "أبو خالد"):
        assert furniture not in page.body


def test_glued_tickers_and_comment_block_are_removed():
    page = parse_scraped((FIXTURES / "idlib-glued.txt").read_text(encoding="utf-8"))
    assert page.title == "غارات جوية على أطراف معرة النعمان وسقوط جرحى"
    assert page.published == D(2020, 3, 18)
    assert page.author == "المكتب الإعلامي"
    assert page.outlet == "شبكة شام"
    assert page.caption == "الصورة: سيارة إسعاف تنقل جرحى إلى مشفى ميداني"
    assert page.body.startswith("شنّت طائرات حربية")
    assert page.body.endswith("رغم إعلان وقف إطلاق النار.")
    for furniture in ("عاجل", "التعليقات", "اقرأ أيضاً", "سراقب"):
        assert furniture not in page.body


def test_numeric_arabic_indic_date_line_under_the_headline():
    page = parse_scraped((FIXTURES / "aden-numeric.txt").read_text(encoding="utf-8"))
    assert page.title == "اشتباكات في مديرية خور مكسر بعدن"
    assert page.published == D(2019, 8, 10)
    assert page.body.startswith("قالت مصادر محلية في عدن")


def test_caption_credit_in_parentheses_is_not_body():
    text = (
        "مقتل ثلاثة عناصر من الشرطة بهجوم في كركوك\n\n"
        "دورية للشرطة العراقية في كركوك (رويترز)\n\n"
        "قُتل ثلاثة من عناصر الشرطة الاتحادية بهجوم شنّه مسلحون على نقطة تفتيش جنوب غربي كركوك.\n"
    )
    page = parse_scraped(text)
    assert page.caption == "دورية للشرطة العراقية في كركوك (رويترز)"
    assert "رويترز" not in page.body


def test_latin_credit_caption():
    text = ("عنوان الخبر هنا\nطفل يقف أمام منزل مدمر في دوما (AFP)\n"
            "قال مسؤول محلي إن القصف دمّر عشرات المنازل في المدينة خلال الأسبوع الماضي.")
    page = parse_scraped(text)
    assert page.caption.endswith("(AFP)")
    assert page.body.startswith("قال مسؤول محلي")


def test_outlet_tag_only_right_before_the_body():
    text = "تفجير في سوق شعبي بمدينة الباب\n\nالمرصد:\n\nانفجرت عبوة ناسفة في السوق الرئيسي."
    page = parse_scraped(text)
    assert page.outlet == "المرصد"
    assert page.body == "انفجرت عبوة ناسفة في السوق الرئيسي."


def test_a_lead_paragraph_is_not_taken_for_a_headline():
    lead = ("أعلنت وزارة الدفاع، اليوم الخميس، أن قواتها استعادت السيطرة على ثلاث قرى "
            "في ريف المحافظة الشمالي بعد معارك استمرت يومين.")
    page = parse_scraped(lead + "\nوأضافت الوزارة أن العملية مستمرة.")
    assert page.title is None
    assert page.body.startswith("أعلنت وزارة الدفاع")


def test_wire_dateline_opens_the_body_not_a_headline():
    page = parse_scraped(
        "بيروت (رويترز) - قال الجيش اللبناني إن جندياً أصيب\nوأضاف البيان أن التحقيق جار."
    )
    assert page.title is None
    assert page.body.startswith("بيروت (رويترز)")


def test_title_hint_removes_the_repeated_headline_only():
    text = "اشتباكات في طرابلس\nاندلعت اشتباكات بين مجموعتين مسلحتين جنوب العاصمة."
    assert parse_scraped(text, title_hint="اشتباكات في طرابلس").body.startswith("اندلعت")
    other = parse_scraped(text, title_hint="عنوان مختلف تماماً")
    assert other.title == "عنوان مختلف تماماً"
    assert other.body.startswith("اشتباكات في طرابلس")


def test_single_line_article_is_body():
    page = parse_scraped("قُتل مدنيان في قصف على بلدة سرمين (سانا)")
    assert page.caption is None
    assert page.body == "قُتل مدنيان في قصف على بلدة سرمين (سانا)"


def test_indented_and_glued_tickers():
    text = ("عنوان الخبر\n\nقُتل عنصران من الجيش في كمين قرب الحدود.\n"
            "      عاجل\nعاجل: انفجار في مرفأ المدينة\n")
    assert parse_scraped(text).body == "قُتل عنصران من الجيش في كمين قرب الحدود."


def test_long_paragraph_behind_a_glued_ticker_is_kept_without_the_ticker():
    sentence = " ".join(["أعلنت السلطات المحلية فرض حظر تجول شامل في المدينة"] * 4) + "."
    page = parse_scraped("عنوان\n\nفقرة أولى من الخبر.\nعاجل" + sentence)
    assert page.body.split("\n\n")[-1] == sentence


def test_word_that_merely_starts_like_a_ticker_is_kept():
    page = parse_scraped("عنوان\n\nعاجلة هي الحاجة إلى المساعدات في المخيمات.")
    assert page.body == "عاجلة هي الحاجة إلى المساعدات في المخيمات."


def test_comment_heading_cuts_the_rest_of_the_page():
    text = ("عنوان\n\nقصف على مخيم للنازحين قرب الحدود التركية.\n"
            "التعليقات\nتعليق طويل من أحد القراء يتحدث فيه عن الأوضاع في المخيم بالتفصيل.")
    assert parse_scraped(text).body == "قصف على مخيم للنازحين قرب الحدود التركية."


def test_lines_of_symbols_are_dropped():
    page = parse_scraped("عنوان\n\nالفقرة الأولى.\n-----------\n***\nالفقرة الثانية.")
    assert page.body == "الفقرة الأولى.\n\nالفقرة الثانية."


def test_body_paragraphs_are_joined_by_blank_lines_and_spaces_collapsed():
    page = parse_scraped("عنوان\n\n  الفقرة   الأولى.  \n\n\n\tالفقرة\tالثانية.")
    assert page.body == "الفقرة الأولى.\n\nالفقرة الثانية."


def test_ticker_label_is_removed_from_the_headline():
    page = parse_scraped("عاجل: مقتل خمسة مدنيين في قصف على إدلب\n\n"
                         "قُتل خمسة مدنيين في قصف جوي على مدينة إدلب صباح اليوم.")
    assert page.title == "مقتل خمسة مدنيين في قصف على إدلب"
    assert page.body == "قُتل خمسة مدنيين في قصف جوي على مدينة إدلب صباح اليوم."


def test_a_lone_ticker_headline_is_kept_as_body_rather_than_lost():
    assert parse_scraped("عاجل: انفجار في مرفأ المدينة").body == "انفجار في مرفأ المدينة"


def test_ticker_first_letter_precheck_keeps_spelling_variants_and_tatweel():
    # the cheap first-letter test must let through every spelling normalisation folds
    for line in ("أخبار عاجلة: قصف على البلدة", "اخبار عاجلة: قصف على البلدة",
                 "ـعاجل: قصف على البلدة", "- عاجل: قصف على البلدة"):
        assert _after_ticker(line) == "قصف على البلدة", line
    assert _after_ticker("قصف على البلدة عاجل") is None
    assert _after_ticker("Breaking: قصف") is None


@given(st.text(alphabet=st.sampled_from(list("مايو أيار/ نيسان(أبريل) عام ٢١1-.،:آخر تحديث")),
               max_size=60))
def test_date_scan_skipped_only_when_no_date_can_be_there(s):
    n = normalize(s).text
    assert _find_dates(n) == _scan_dates(n)


# ------------------------------------------------------- glued tails: the look-up before the search

def test_spellings_are_every_written_form_that_normalises_to_the_key():
    from rasad.arabic.normalize import normalize_key
    from rasad.ingest.scraped import _spellings

    forms = _spellings("الاخبار")
    assert {"الاخبار", "الأخبار", "الإخبار", "الآخبار"} <= forms
    assert {normalize_key(f) for f in forms} == {"الاخبار"}
    assert "مشاركه" in _spellings("مشاركه") and "مشاركة" in _spellings("مشاركه")


@pytest.mark.parametrize(
    ("line", "kept", "comment"),
    [
        # an ordinary last word: the line stays as it is
        ("قصفت الطائرات أطراف البلدة صباح اليوم.", "قصفت الطائرات أطراف البلدة صباح اليوم.", False),
        # a furniture word glued after the last sentence, written with and without hamza,
        # with a tatweel (the search answers) and followed by closing punctuation
        ("قصفت الطائرات البلدة.التعليقات", "قصفت الطائرات البلدة.", True),
        ("قصفت الطائرات البلدة.إقرأ أيضاً", "قصفت الطائرات البلدة.", False),
        ("قصفت الطائرات البلدة.عاجـل", "قصفت الطائرات البلدة.", False),
        ("قصفت الطائرات البلدة. عاجل :", "قصفت الطائرات البلدة.", False),
        # the furniture word alone on its line is no glued tail
        ("عاجل", "عاجل", False),
    ],
)
def test_glued_tail_is_found_whatever_the_spelling(line, kept, comment):
    from rasad.ingest.scraped import _strip_glued_tail

    assert _strip_glued_tail(line) == (kept, comment)


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("قصفت الطائرات أطراف البلدة صباح اليوم.", True),
        ("قتل ثلاثة مدنيين في قصف على البلدة »", True),
        # a furniture word last, in any spelling or with a tatweel: the search must decide
        ("قصفت الطائرات البلدة.التعليقات", False),
        ("قصفت الطائرات البلدة. عاجل :", False),
        ("قصفت الطائرات البلدة.عاجـل", False),
        ("قصفت الطائرات البلدة.إقرأ أيضاً", False),
        # digits last: no plain word, the search decides
        ("قصفت الطائرات البلدة 2019", False),
    ],
)
def test_plain_last_word_rules_out_only_lines_the_tail_search_keeps(line, plain):
    from rasad.ingest.scraped import _plain_last_word, _strip_glued_tail, lexicon

    assert _plain_last_word(line, lexicon().tail_spellings) is plain
    if plain:
        assert _strip_glued_tail(line) == (line, False)


def test_page_lines_are_stripped_and_blank_or_rule_lines_dropped():
    text = ("قصف على ريف إدلب الجنوبي\n \n\t\n"
            "  قالت مصادر محلية إن الطيران الحربي قصف بلدة خان شيخون صباح اليوم.  \n"
            "-----\n   ***   \n"
            "وأضافت المصادر أن القصف أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين بجروح.\n")
    page = parse_scraped(text)
    assert page.title == "قصف على ريف إدلب الجنوبي"
    assert page.body.split("\n\n") == [
        "قالت مصادر محلية إن الطيران الحربي قصف بلدة خان شيخون صباح اليوم.",
        "وأضافت المصادر أن القصف أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين بجروح.",
    ]


def _reference_key(s: str) -> str:
    # the definition: normalised, each run of punctuation or symbols a space, each run of
    # whitespace one space, ends stripped
    import regex

    from rasad.arabic.normalize import normalize_key

    return regex.sub(r"\s+", " ", regex.sub(r"[\p{P}\p{S}]+", " ", normalize_key(s))).strip()


_KEY_PIECES = st.sampled_from(
    ["الرئيسية", "أخبار", " ", "  ", "\t", "\n", "\u00a0", "\u2009", ":", "|", "»", "«", "-",
     "–", "،", ".", "...", "$", "+", "٪", "3", "٣", "ـ", "ً", "\u200f", "(", ")", "#", "x", "😀"]
)


@given(st.lists(_KEY_PIECES, max_size=12))
def test_line_keys_on_the_byte_path_agree_with_the_definition(pieces):
    from rasad.ingest.scraped import _key

    s = "".join(pieces)
    assert _key(s) == _reference_key(s)


def test_line_keys_drop_punctuation_and_collapse_spaces():
    from rasad.ingest.scraped import _key

    for s in ("الرئيسية » أخبار", " آخر تحديث :  ", "شارك|تويتر", "-- عاجل --", "$5+", "😀 أخبار:"):
        assert _key(s) == _reference_key(s), s
    assert _key("  الرئيسية » أخبار  العالم: ") == "الرييسيه اخبار العالم"
