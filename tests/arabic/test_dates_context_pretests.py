"""The cheap tests before the context patterns of the dates finder: wherever the text before
an anchor does not end with one of the listed words (or a digit), or the text after a month
name does not start with one, the pattern could only have matched nothing there, so skipping
it changes no date."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic.dates import _tables
from rasad.arabic.normalize import normalize

# words that open or fill the context before a date anchor, and words that do not
_WORDS = ["يوم", "ليلة", "ليل", "21", "3", "الحادي عشر", "الثاني والعشرين", "الخامس", "من",
          "شهر", "مطلع", "أواخر", "منتصف", "هذا", "الساعة", "الخامسة", "والنصف", "العاشرة",
          "صباح", "مساء", "فجر", "ظهر", "قرابة", "قصف", "وقال", "بلدة", "في", "عند", "و",
          "فب", "10:30", "،", "-", "(", "  ", "\n"]

_CONTEXTS = st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join)


def _reverse_patterns():
    t = _tables()
    return [(t.left_month, 48), (t.left_hijri, 48), (t.left_relmonth, 48), (t.left_week, 48),
            (t.left_weekday, 16)]


@settings(max_examples=300)
@given(_CONTEXTS)
def test_left_patterns_match_only_after_a_listed_ending(context):
    t = _tables()
    ntext = normalize(context + " مايو").text
    s = len(ntext) - len("مايو")
    for pattern, width in _reverse_patterns():
        lo = max(0, s - width)
        m = pattern.match(ntext, lo, s)
        if m is not None and m.start() < s:
            assert ntext[lo:s].rstrip().endswith(t.left_ends), (context, pattern)
    lo = max(0, s - 60)
    m = t.left_ext.match(ntext, lo, s)
    if m is not None and m.start() < s:
        assert ntext[lo:s].rstrip().endswith(t.left_ext_ends), context


def test_listed_endings_cover_day_numbers_ordinals_and_clock_words():
    t = _tables()
    for before in ("يوم", "ليله", "21", "الحادي عشر", "مطلع", "هذا", "من شهر"):
        assert normalize(before).text.endswith(t.left_ends), before
    for before in ("الساعه الخامسه والنصف من", "صباح", "الساعه 10", "ظهر يوم"):
        assert normalize(before).text.endswith(t.left_ext_ends), before
    assert not "قصف البلده".endswith(t.left_ends)
    assert not "قصف البلده".endswith(t.left_ext_ends)


_AFTER = ["2019", "1998", "م", "عام", "العام", "سنة", "من", "الماضي", "المقبلة", "الجاري",
          "/", "(", ")", "-", "،", ",", "أبريل", "نيسان", "قتل", "في", "3", "  ", "\n", "هـ"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_AFTER), max_size=8).map(" ".join), st.booleans())
def test_right_month_matches_only_before_a_listed_start(context, spaced):
    t = _tables()
    ntext = normalize("مايو" + (" " if spaced else "") + context).text
    e = len("مايو")
    m = t.right_month.match(ntext, e)
    if m is not None and m.end() > e:
        assert ntext[e:].lstrip().startswith(t.right_month_starts), context


def test_listed_starts_cover_years_separators_and_hints():
    t = _tables()
    for after in (" 2019", "/ابريل", " (ابريل)", "، 2018", " من العام الماضي", " الماضي",
                  " عام 2017", " سنه 2016"):
        assert after.lstrip().startswith(t.right_month_starts), after
    assert not "قتل".startswith(t.right_month_starts)


_FOLLOWING = ["3", "12", "ثلاثة", "خمسة عشر", "أيام", "يومين", "ساعات", "أسبوع", "شهر", "أن",
              "بداية", "الماضي", "المقبلة", "صباحاً", "مساء", "الساعة", "العاشرة", "10:30",
              "عند", "في", "منذ", "حتى", "حوالي", "نحو", "تمام", "،", ",", "من", "على", "قتل",
              "الأحد", "والنصف", "  ", "\n"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_FOLLOWING), max_size=8).map(" ".join), st.booleans())
def test_forward_patterns_match_only_before_a_listed_start(context, spaced):
    t = _tables()
    ntext = normalize("قبل" + (" " if spaced else "") + context).text
    e = len("قبل")
    after = ntext[e:].lstrip()
    for pattern, starts in ((t.right_hint, t.hint_starts), (t.right_ago, t.ago_starts),
                            (t.right_ext, t.right_ext_starts)):
        m = pattern.match(ntext, e)
        if m is not None and m.end() > e:
            assert after.startswith(starts), (context, pattern)


def test_forward_starts_cover_counts_units_hints_and_clock_words():
    t = _tables()
    assert "3 ايام".startswith(t.ago_starts) and "يومين".startswith(t.ago_starts)
    assert "خمسه عشر يوما".startswith(t.ago_starts)
    assert "الماضي".startswith(t.hint_starts)
    for after in ("صباحا", "، مساء", "الساعه العاشره", "عند الساعه 10", "تمام الساعه 5"):
        assert after.startswith(t.right_ext_starts), after
    assert not "ان".startswith(t.ago_starts)
    assert not "قتل".startswith(t.right_ext_starts)
