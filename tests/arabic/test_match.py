from rasad.arabic.match import PhraseMatcher


def _found(matcher, text):
    return [(text[m.start : m.end], m.payloads, m.prefix) for m in matcher.find(text)]


def test_proclitics_are_stripped_from_the_span():
    m = PhraseMatcher([("مخيم اليرموك", "Y"), ("الحجر الأسود", "H"), ("داعش", "IS")])
    text = "دخلوا بمخيم اليرموك والحجر الأسود ولداعش"
    assert _found(m, text) == [
        ("مخيم اليرموك", ("Y",), "ب"),
        ("الحجر الأسود", ("H",), "و"),
        ("داعش", ("IS",), "ول"),
    ]


def test_article_contraction_lil():
    m = PhraseMatcher([("النظام", "REG")])
    assert _found(m, "موالية للنظام") == [("نظام", ("REG",), "لل")]


def test_bare_form_needs_the_article_so_common_nouns_do_not_match():
    m = PhraseMatcher([("الباب", "BAB")])
    assert _found(m, "فتح باب المدينة") == []
    assert _found(m, "في مدينة الباب وبالباب") == [
        ("الباب", ("BAB",), ""),
        ("الباب", ("BAB",), "وب"),
    ]


def test_word_boundaries_and_no_match_inside_words():
    m = PhraseMatcher([("حلب", "ALEPPO")])
    assert _found(m, "حلبة السباق") == []
    assert _found(m, "مستحلب") == []
    assert _found(m, "ريف حلب،") == [("حلب", ("ALEPPO",), "")]


def test_longest_match_wins_and_homonyms_keep_all_payloads():
    m = PhraseMatcher([("دمشق", "D"), ("ريف دمشق", "RD"), ("جوبر", "J-DAM"), ("جوبر", "J-HOMS")])
    assert _found(m, "في ريف دمشق وجوبر") == [
        ("ريف دمشق", ("RD",), ""),
        ("جوبر", ("J-DAM", "J-HOMS"), "و"),
    ]


def test_spelling_variants_and_extra_spaces_and_marks():
    m = PhraseMatcher([("تنظيم الدولة الإسلامية", "IS")])
    text = "عناصر تنظيم الدولة  الاسلاميّة"
    assert _found(m, text) == [("تنظيم الدولة  الاسلاميّة", ("IS",), "")]


def test_runs_of_spaces_map_back_to_original_offsets():
    m = PhraseMatcher([("ريف دمشق", "RD"), ("حلب", "A")])
    text = "قصف  على   ريف    دمشق  و  بحلب"
    assert _found(m, text) == [("ريف    دمشق", ("RD",), ""), ("حلب", ("A",), "ب")]


def test_only_a_proclitic_chain_may_precede_a_match_inside_its_word():
    m = PhraseMatcher([("حلب", "A")])
    assert _found(m, "«حلب» و2حلب وفبحلب") == [("حلب", ("A",), "")]
    assert _found(m, "(وحلب)") == [("حلب", ("A",), "و")]
