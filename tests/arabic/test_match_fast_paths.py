"""PhraseMatcher.find reads offsets straight from the normalised text when nothing was deleted
or collapsed, and through the offset maps otherwise: both must give the same phrases."""

from rasad.arabic.match import PhraseMatcher


def _found(matcher, text):
    return [(m.start, m.end, text[m.start : m.end], m.key, m.prefix) for m in matcher.find(text)]


def test_plain_text_and_text_with_marks_and_spaces_find_the_same_phrases():
    m = PhraseMatcher([("مدينة حماة", "H"), ("الريف الشمالي", "N")])
    plain = "قصف على مدينة حماة وفي الريف الشمالي"
    marked = "قصفٌ على مدينةِ  حماةَ وفي الريفِ الشمالي"
    assert [f[2:] for f in _found(m, plain)] == [
        ("مدينة حماة", "مدينه حماه", ""),
        ("الريف الشمالي", "الريف الشمالي", ""),
    ]
    # the same keys, the spans now over the marks and the doubled space
    assert [f[2:] for f in _found(m, marked)] == [
        ("مدينةِ  حماة", "مدينه حماه", ""),  # a mark after the phrase's end stays outside
        ("الريفِ الشمالي", "الريف الشمالي", ""),
    ]


def test_longest_hit_wins_even_when_it_starts_later():
    m = PhraseMatcher([("جسر", "B"), ("جسر الشغور", "J"), ("الشغور", "S")])
    assert [f[2] for f in _found(m, "سيطروا على جسر الشغور")] == ["جسر الشغور"]


def test_overlapping_hits_of_one_length_keep_the_leftmost():
    m = PhraseMatcher([("دير حافر", "A"), ("حافر قرب", "B")])
    assert [f[2] for f in _found(m, "في دير حافر قرب حلب")] == ["دير حافر"]


def test_a_near_miss_inside_a_word_is_still_no_hit():
    m = PhraseMatcher([("حماة", "H")])
    assert _found(m, "حماةالوطن") == []
