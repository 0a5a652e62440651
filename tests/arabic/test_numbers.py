"""find_numbers: digits, number words, duals, vague quantities, qualifiers and the traps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic.normalize import normalize
from rasad.arabic.numbers import Quantity, find_numbers
from rasad.resources import load_yaml

RAW = load_yaml("numbers.yaml")


def spans(text: str) -> list[tuple[str, Quantity]]:
    return [(text[s.start : s.end], s.value) for s in find_numbers(text)]


def only(text: str) -> tuple[str, Quantity]:
    found = spans(text)
    assert len(found) == 1, found
    return found[0]


def value_of(text: str, surface: str) -> Quantity:
    for s, q in spans(text):
        if s == surface:
            return q
    raise AssertionError(f"{surface!r} not found in {spans(text)}")


# ------------------------------------------------------------------ digits


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("قتل 12 شخصا في القصف", "12", 12),
        ("قتل ١٢ شخصاً في القصف", "١٢", 12),
        ("نزح ۱۵ ألف شخص", "۱۵ ألف", 15000),
        ("وصل 1,200 نازح إلى المخيم", "1,200", 1200),
        ("بلغت الخسائر 1.5 مليون دولار", "1.5 مليون", 1500000),
        ("بلغ عدد النازحين 1.200.000 شخص", "1.200.000", 1200000),
        ("نزح 3 آلاف مدني", "3 آلاف", 3000),
        ("سقطت 2.5 طن من المساعدات", "2.5", 2.5),
        ("وقتل 7، وأصيب 9.", "9", 9),
    ],
)
def test_digit_numbers_in_any_script(text: str, surface: str, value: float) -> None:
    q = value_of(text, surface)
    assert q.value == value
    assert not q.vague


def test_digits_with_a_clitic_are_read_and_the_clitic_left_out() -> None:
    assert spans("قتل وب60 عنصرا و70 آخرين") == [
        ("60", Quantity(60, kind="digits")),
        ("70", Quantity(70, kind="digits")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقع الهجوم في 21/5/2018 صباحا",
        "في تمام الساعة 10:30 صباحا",
        "فاز الفريق 3-1 في المباراة",
        "أسقطت طائرة F16 فوق المنطقة",
        "فريق التحرير121",
        "بتاريخ 2018-05-21 نشر الخبر",
    ],
)
def test_dates_times_scores_and_glued_digits_are_not_counts(text: str) -> None:
    assert spans(text) == []


def test_a_digit_range_is_its_lower_end_and_approximate() -> None:
    assert only("قتل 10-15 شخصا") == ("10-15", Quantity(10, approx=True))
    assert only("قتل 10 - 15 شخصا") == ("10 - 15", Quantity(10, approx=True))
    assert only("يضم ما بين 20-30 ألف مقاتل") == (
        "20-30 ألف", Quantity(20000, kind="mixed", approx=True)
    )
    assert spans("انتهت المباراة 3-1") == []  # a falling pair is a score, not a range


# ------------------------------------------------------------------ words


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("قتل واحد من العناصر", "واحد", 1),
        ("أصيبت امرأة واحدة", "واحدة", 1),
        ("قتل اثنان من المدنيين", "اثنان", 2),
        ("قتل ثلاثة أشخاص", "ثلاثة", 3),
        ("سقطت ثلاث قذائف", "ثلاث", 3),
        ("استشهاد اربعة من منتسبي الحشد", "اربعة", 4),
        ("سقطت خمس قذائف هاون", "خمس", 5),
        ("قتل ستة عناصر", "ستة", 6),
        ("شنت الطائرات سبع غارات", "سبع", 7),
        ("قتل عشرة جنود", "عشرة", 10),
        ("قتل أحد عشر مقاتلا", "أحد عشر", 11),
        ("قتل اثنا عشر شخصا", "اثنا عشر", 12),
        ("شنت اثنتي عشرة غارة", "اثنتي عشرة", 12),
        ("قتل ثلاثة عشر جنديا", "ثلاثة عشر", 13),
        ("سقطت تسع عشرة قذيفة", "تسع عشرة", 19),
        ("قتل عشرون مدنيا", "عشرون", 20),
        ("قتل خمسة وعشرون شخصا", "خمسة وعشرون", 25),
        ("أعدم التنظيم ثلاثة وعشرين رجلا", "ثلاثة وعشرين", 23),
        ("أسر تسعين عنصرا", "تسعين", 90),
        ("نزحت مئة عائلة", "مئة", 100),
        ("نزحت مائة وخمسون عائلة", "مائة وخمسون", 150),
        ("قتل مئتان من المسلحين", "مئتان", 200),
        ("نزح مئتين وخمسين ألف لاجئ", "مئتين وخمسين ألف", 250000),
        ("اعتقل ثلاثمائة شخص", "ثلاثمائة", 300),
        ("اعتقل ثلاث مئة شخص", "ثلاث مئة", 300),
        ("عاد ألف لاجئ", "ألف", 1000),
        ("عاد ألفين من النازحين", "ألفين", 2000),
        ("نزح ثلاثة آلاف شخص", "ثلاثة آلاف", 3000),
        ("سجل ثلاثة آلاف وخمسمائة وعشرين نازحا", "ثلاثة آلاف وخمسمائة وعشرين", 3520),
        ("نزح عشرة آلاف شخص", "عشرة آلاف", 10000),
        ("نزح مليون ونصف سوري", "مليون ونصف", 1500000),
        ("نزح مليون و200 ألف شخص", "مليون و200 ألف", 1200000),
        ("نزح مليونين من السكان", "مليونين", 2000000),
        ("قتل مئة وأحد عشر شخصا", "مئة وأحد عشر", 111),
    ],
)
def test_number_words_and_compounds(text: str, surface: str, value: int) -> None:
    q = value_of(text, surface)
    assert q.value == value
    assert not q.vague


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("قتل وخمسة من المسلحين", "خمسة", 5),
        ("بعشرات القذائف", "عشرات", 12),
        ("ولثلاثة أيام متتالية", "ثلاثة", 3),
        ("وبالعشرات سقط القتلى", "عشرات", 12),
        ("قتل الجنود الخمسة", "خمسة", 5),
    ],
)
def test_clitics_are_allowed_and_left_out_of_the_span(text: str, surface: str, value: int) -> None:
    assert value_of(text, surface).value == value


def test_ordinals_monday_and_cardinals_with_article_of_higher_orders_are_not_counts() -> None:
    for text in [
        "خرجت الدفعة الثانية",
        "في القرن التاسع عشر",
        "في اليوم الحادي عشر من الحصار",
        "الذكرى الخمسين للحرب",
        "أعلن الجيش الاثنين سيطرته",
        "في القرن العشرين",
        "في الساعة الخامسة",
        "لست متأكدا",
    ]:
        assert spans(text) == [], text


def test_words_of_several_outlets_and_dialect_areas() -> None:
    # Iraqi, Yemeni and Libyan phrasings; hamza-less spellings
    assert [q.value for _, q in spans("استشهاد ثلاثة من منتسبي الحشد واصابة اربعة اخرين")] == [3, 4]
    assert [q.value for _, q in spans("مقتل 7 من مسلحي الحوثي وإصابة العشرات")] == [7, 12]
    assert [q.value for _, q in spans("سقوط ثلاث قذائف عشوائية على حي سكني في طرابلس")] == [3]


# ------------------------------------------------------------------ duals


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("خرجت دفعتان من المسلحين", "دفعتان"),
        ("تحدثوا عن خروج دفعتين", "دفعتين"),
        ("قتل عنصرين من التنظيم", "عنصرين"),
        ("سقط قتيلان في الهجوم", "قتيلان"),
        ("ارتقى شهيدان بالقصف", "شهيدان"),  # "martyrs" is how many outlets count the dead
        ("شنت الطائرات غارتين", "غارتين"),
        ("أصيب جنديين", "جنديين"),
        ("نقل القتيلين إلى المشفى", "قتيلين"),  # the article is a proclitic
        ("استهدفت بغارتين", "غارتين"),
        ("استمرت المعارك يومين", "يومين"),
        ("قتلت امرأتين", "امرأتين"),
        ("قتل طفلين اثنين", "طفلين اثنين"),
        ("قتل شرطيان في الهجوم", "شرطيان"),
        ("قتل حارسين للمصرف", "حارسين"),
        ("أصيب صيادان في البحر", "صيادان"),
    ],
)
def test_duals_of_counted_nouns_are_two(text: str, surface: str) -> None:
    found, q = only(text)
    assert found == surface
    assert q == Quantity(2, kind="dual")


@pytest.mark.parametrize(
    "word",
    ["مدنيين", "فلسطينيين", "مسلحين", "السوريين", "الحوثيين", "مقاتلين", "الطرفين", "البحرين",
     "المواطنين", "موقعين", "الناشطين", "الشرطيين", "موظفين"],
)
def test_sound_plurals_in_ين_are_not_duals(word: str) -> None:
    assert spans(f"قتل {word} في المنطقة") == []


# ------------------------------------------------------------------ vague and qualified


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("خرج عشرات العناصر", "عشرات", 12),
        ("قتل العشرات", "عشرات", 12),
        ("نزح مئات المدنيين", "مئات", 100),
        ("نزح آلاف المدنيين", "آلاف", 1000),
        ("قتل بضعة أشخاص", "بضعة", 3),
        ("قتل بضع نساء", "بضع", 3),
        ("سقطت عدة قذائف", "عدة", 3),
        ("نزح عشرات الآلاف", "عشرات الآلاف", 10000),
        ("نزح مئات الآلاف", "مئات الآلاف", 100000),
        ("عاد بضع مئات", "بضع مئات", 300),
        ("نزح ملايين السوريين", "ملايين", 1000000),
    ],
)
def test_vague_quantities_get_conservative_values(text: str, surface: str, value: int) -> None:
    q = value_of(text, surface)
    assert (q.value, q.vague, q.kind) == (value, True, "vague")


@pytest.mark.parametrize(
    ("text", "surface", "value", "vague"),
    [
        ("قتل أكثر من 20 مدنيا", "أكثر من 20", 20, False),
        ("تحدث ناشطون عن نحو 60 عنصراً", "نحو 60", 60, False),
        ("قتل قرابة ألف شخص", "قرابة ألف", 1000, False),
        ("تكبدت قرابة ألاف قتيل", "قرابة ألاف", 1000, True),
        ("قتل حوالي 30 شخصا", "حوالي 30", 30, False),
        ("قتل ما لا يقل عن 15 شخصا", "ما لا يقل عن 15", 15, False),
        ("نزح زهاء 200 شخص", "زهاء 200", 200, False),
        ("قتل على الأقل 26 مقاتلا", "على الأقل 26", 26, False),
        ("وأكثر من خمسين جريحا", "أكثر من خمسين", 50, False),
    ],
)
def test_qualifiers_make_a_number_approximate_and_join_its_span(
    text: str, surface: str, value: int, vague: bool
) -> None:
    found, q = only(text)
    assert found == surface
    assert (q.value, q.approx, q.vague) == (value, True, vague)


def test_at_least_after_the_counted_noun_marks_approximate() -> None:
    found, q = only("قتل 26 مقاتلا على الأقل")
    assert found == "26" and q.approx


@pytest.mark.parametrize("text", ["30 في المئة", "40%", "٥٠٪", "20 بالمائة"])
def test_percentages_are_marked(text: str) -> None:
    found, q = only(f"ارتفعت النسبة {text} هذا العام")
    assert found == text
    assert q.kind == "percent"


# ------------------------------------------------------------------ every lexicon entry


def _entries(section: str) -> list[tuple[str, int]]:
    return list(RAW[section].items())


@pytest.mark.parametrize(("word", "value"), _entries("units") + _entries("tens")
                         + _entries("hundreds"))
def test_every_unit_ten_and_hundred_word(word: str, value: int) -> None:
    found, q = only(f"قتل {word} من المدنيين")
    assert (found, q.value, q.kind) == (word, value, "words")


@pytest.mark.parametrize("head", list(RAW["teen_heads"]))
@pytest.mark.parametrize("tail", RAW["teen_tails"])
def test_every_teen_head_and_tail(head: str, tail: str) -> None:
    _, q = only(f"قتل {head} {tail} جنديا")
    assert q.value == 10 + RAW["teen_heads"][head]
    assert spans(f"قال {head} المسؤولين") == []  # a head alone is not a number


@pytest.mark.parametrize(("word", "value"), list(RAW["scales"]["singular"].items()))
def test_every_singular_scale(word: str, value: int) -> None:
    assert only(f"نزح {word} شخص")[1].value == value
    assert only(f"نزح خمسة {word} شخص")[1].value == 5 * value


@pytest.mark.parametrize(("word", "value"), list(RAW["scales"]["dual"].items()))
def test_every_dual_scale(word: str, value: int) -> None:
    assert only(f"نزح {word} شخص")[1].value == 2 * value


@pytest.mark.parametrize(("word", "value"), list(RAW["scales"]["plural"].items()))
def test_every_plural_scale(word: str, value: int) -> None:
    alone = only(f"نزح {word} الأشخاص")[1]
    assert (alone.value, alone.vague) == (value, True)
    counted = only(f"نزح ثلاثة {word} شخص")[1]
    assert (counted.value, counted.vague) == (3 * value, False)


@pytest.mark.parametrize(("word", "spec"), list(RAW["vague"].items()))
def test_every_vague_word(word: str, spec: dict[str, int]) -> None:
    q = only(f"قتل {word} أشخاص")[1]
    assert (q.value, q.vague) == (spec["value"], True)
    assert only(f"نزح {word} الآلاف")[1].value == spec["multiplier"] * 1000


@pytest.mark.parametrize("phrase", RAW["approx_before"])
def test_every_approximation_word(phrase: str) -> None:
    found, q = only(f"قتل {phrase} 25 شخصا")
    assert found == f"{phrase} 25"
    assert (q.value, q.approx) == (25, True)


@pytest.mark.parametrize("phrase", RAW["percent_after"])
def test_every_percent_marker(phrase: str) -> None:
    sep = "" if phrase == "%" else " "
    assert only(f"بلغت النسبة 25{sep}{phrase} تقريبا")[1].kind == "percent"


@pytest.mark.parametrize(
    "ordinal", list(RAW["ordinals"]["masculine"]) + list(RAW["ordinals"]["feminine"])
)
def test_every_ordinal_is_no_count_even_before_ashar(ordinal: str) -> None:
    assert spans(f"في {ordinal} عشر من الشهر") == []
    assert spans(f"في {ordinal} عشرة من الشهر") == []


@pytest.mark.parametrize("noun", RAW["dual_nouns"])
def test_every_dual_noun(noun: str) -> None:
    stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
    for ending in ("ان", "ين"):
        assert only(f"قتل {stem}{ending} هنا")[1] == Quantity(2, kind="dual")


@pytest.mark.parametrize("noun", RAW["dual_nouns_an_only"])
def test_a_sound_plural_noun_is_a_dual_only_in_the_nominative(noun: str) -> None:
    assert only(f"قتل {noun}ان هنا")[1] == Quantity(2, kind="dual")
    assert spans(f"قتل {noun}ين هنا") == []  # the -ين form is the plural


@pytest.mark.parametrize("word", RAW["not_numbers"])
def test_every_listed_lookalike_is_not_a_number(word: str) -> None:
    assert spans(f"قالت {word} هنا") == []
    assert spans(f"قالت و{word} هنا") == []


def test_quantity_and_after_it_are_not_hundreds_or_several() -> None:
    assert spans("ضبطت كميات من الذخائر وكمية من المتفجرات، وبعده وصل") == []


# ------------------------------------------------------------------ the founding example


def test_example_article_quantities(example_path) -> None:
    text = example_path.read_text(encoding="utf-8")
    found = spans(text)

    def first(surface: str) -> Quantity:
        for s, q in found:
            if s == surface or s.endswith(surface):
                return q
        raise AssertionError(f"{surface!r} not in {found}")

    assert first("60").value == 60 and first("نحو 60").approx
    assert first("دفعتان") == Quantity(2, kind="dual")
    assert first("دفعتين") == Quantity(2, kind="dual")
    assert first("عشرات") == Quantity(12, vague=True, kind="vague")
    assert first("900").value == 900
    assert first("28").value == 28
    assert first("قرابة ألاف") == Quantity(1000, vague=True, kind="vague", approx=True)
    # the scraping artefact "التحرير121" is no count
    assert not any(s.endswith("121") for s, _ in found)


# ------------------------------------------------------------------ properties

TOKENS = st.sampled_from(
    ["ثلاثة", "آلاف", "و", "عشرات", "نحو", "أكثر من", "مئة", "وعشرون", "1,200", "1.5", "مليون",
     "دفعتين", "مدنيين", "عشر", "التاسع", "في المئة", "%", "/", "-", ":", "٢٠١٨", "ب", "ال", "ونصف",
     "أحد", "اثنا", "قتيل", "ة", "ـ", "َ", "\n", " ", "  ", "،", ".", "F", "0", "5"]
)
ARABIC_TEXT = st.one_of(
    st.lists(TOKENS, max_size=40).map(" ".join),
    st.lists(TOKENS, max_size=40).map("".join),
    st.text(max_size=120),
)


@settings(max_examples=300, deadline=None)
@given(ARABIC_TEXT)
def test_find_numbers_never_raises_and_spans_are_sorted_and_disjoint(text: str) -> None:
    found = find_numbers(text)
    prev_end = 0
    for s in found:
        assert 0 <= prev_end <= s.start < s.end <= len(text)
        assert s.label == "NUMBER" and isinstance(s.value, Quantity)
        prev_end = s.end
    assert find_numbers(text, normalize(text)) == found


# ------------------------------------------------------------------ the qualifier pre-test

QUALIFIER_TEXTS = st.lists(
    st.sampled_from(["نحو", "ونحو", "أكثر", "من", "ما", "يزيد", "عن", "على", "الأقل", "قرابة",
                     "حوالي", "فحوالى", "منزل", "20", " ", "  ", "\n", "،", "x"]),
    max_size=12,
).map(" ".join)


@given(QUALIFIER_TEXTS)
def test_the_qualifier_pre_test_never_hides_a_match(text):
    from rasad.arabic.numbers import _qualifier_before, lexicon

    lex = lexicon()
    ntext = normalize(text).text
    for start in range(len(ntext) + 1):
        for lo in (0, max(0, start - 20)):
            expected = lex.approx_re.match(ntext, lo, start)
            got = _qualifier_before(lex, ntext, lo, start)
            assert (got and got.span("q")) == (expected and expected.span("q"))


def test_qualifiers_before_numbers_across_spacing():
    for text, start_word in (("قتل نحو 60 شخصا", "نحو"), ("قتل أكثر من  20 عنصرا", "أكثر"),
                             ("وقتل ما يزيد على\n30 مدنيا", "ما"), ("ونحو 5", "نحو")):
        (span,) = find_numbers(text)
        assert span.value.approx and text[span.start :].startswith(start_word), text
    (span,) = find_numbers("قتل 60 شخصا من المدنيين")
    assert not span.value.approx
