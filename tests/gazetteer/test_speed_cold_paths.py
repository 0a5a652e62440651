"""The paths a new word takes the first time it is met (word caches are cold): they must give
what the plain definitions give."""

from __future__ import annotations

import pytest

from rasad.arabic.normalize import normalize_key
from rasad.arabic.tokens import tokenize
from rasad.gazetteer.context import token_arrays
from rasad.gazetteer.cues import _EVENT_CHAINS, event_word_rests, load_cues
from rasad.gazetteer.names import NameFinder


def test_new_words_of_a_document_are_each_read_once_and_marked_where_a_name_ends() -> None:
    finder = NameFinder([("حلب", 1), ("ريف حلب", 2), ("الرقة", 3)])
    text = "قصف ريف حلب وحلب ثم قصف الرقة وحلب"
    found = finder.spans(text, arrays=token_arrays(tokenize(text)))
    assert [(text[s:e], k, p) for s, e, k, p in found] == [
        ("ريف حلب", "ريف حلب", ""),
        ("حلب", "حلب", "و"),
        ("الرقة", "الرقه", ""),
        ("حلب", "حلب", "و"),
    ]
    cache = finder._word_cache
    assert cache["قصف"] == () and cache["ثم"] == ()
    # a one-word name ends at these words; "ريف" only opens a longer name
    assert {"حلب", "وحلب", "الرقه"} <= finder._ending
    assert "ريف" not in finder._ending and "قصف" not in finder._ending
    # the same document again, every word cached: the same names
    assert finder.spans(text, arrays=token_arrays(tokenize(text))) == found


def _plain_rests(word: str) -> tuple[str, ...]:
    """event_word_rests by its definition: "" if a proclitic chain and a one-word stem open the
    word, else the multi-word stems whose first word the word is (after a chain)."""
    stems = load_cues().event_words
    single = [s for s in stems if " " not in s]
    if any(word.startswith(c + s) for c in _EVENT_CHAINS for s in single):
        return ("",)
    heads = [
        s
        for c in sorted(_EVENT_CHAINS, key=len)
        for s in stems
        if " " in s and c + s.split(" ", 1)[0] == word
    ]
    return tuple(dict.fromkeys(heads))


@pytest.mark.parametrize(
    "word",
    [
        "وبقصف",
        "والاشتباكات",
        "فللقصف",
        "بالهجوم",
        "الحكومة",
        "كتاب",
        "وزير",
        "المدينة",
        "اشتبك",
        "قص",
        "و",
        "ولل",
        "عملية",
        "بعملية",
        "انفجار",
        "والانفجارات",
        "الطقس",
    ],
)
def test_event_word_rests_as_by_definition(word: str) -> None:
    w = normalize_key(word)
    assert event_word_rests(w, load_cues()) == _plain_rests(w)


@pytest.mark.parametrize(
    "text",
    [
        'قال "المرصد" إن القصف (الجوي) طال #ريف_حلب في 2015 وقتل 3.5 بالمئة',
        "وصلت القوات إلى البلدة، ثم انسحبت منها مساء الأحد 12/3",
    ],
)
def test_windows_on_word_bounds_read_as_the_window_text(text: str) -> None:
    # windows whose both edges fall on token bounds take the slice of the tokens, unless a
    # mark is to be dropped or a number split: the same words as the window's text
    from rasad.gazetteer.context import DocWords
    from rasad.gazetteer.cues import words

    dw = DocWords(text, tokenize(text))
    bounds = sorted({0, len(text), *dw.starts, *dw.ends})
    for a in bounds:
        for b in bounds:
            if a < b:
                assert dw.words(a, b) == words(text[a:b]), (a, b)


def test_lines_with_a_needle_are_each_listed_once_in_order() -> None:
    from rasad.gazetteer.index import _Rows

    rows = _Rows(
        [
            "a\tحلب\tSY\tAleppo\t1",
            "b\tحمص\tSY\tHoms\t2",
            "c\tAleppo\tSY\tAleppo\t3",  # the needle twice: one line
            "d\tحلب الجديدة\tSY\tAleppo",  # last line, needle at its end
        ],
        {},
    )
    assert rows.lines_with("\tAleppo\t") == [rows.lines[0], rows.lines[2]]
    assert rows.lines_with("\tAleppo") == [rows.lines[0], rows.lines[2], rows.lines[3]]
    assert rows.lines_with("\tHoms\t") == [rows.lines[1]]
    assert rows.lines_with("\tIdlib\t") == []
    assert rows.lines_with("a\t") == [rows.lines[0]]  # the needle at a line's start


def test_a_row_is_read_into_its_entry_field_by_field() -> None:
    from rasad.gazetteer.index import Entry, _Rows

    rows = _Rows(
        [
            "x:1\tTal Hamid\tتل حميد\tتل حميد|تل الحميد\tSY\tSY.09\tAleppo\tAl Bab"
            "\t36.2\t37.5\t\t\tgn",
            "x:2\tKafr Nabl\tكفرنبل\tكفرنبل|كفر نبل\tSY\tSY.10\tIdlib\t"
            "\t35.6\t36.5\tPPLA3\t9000\twof",
        ],
        {"x:2": [("drop_name", "كفرنبل"), ("weight", "0.5")]},
    )
    assert rows.entry(0) == Entry(
        "x:1", "Tal Hamid", "تل حميد", "SY", "Aleppo", "Al Bab", 36.2, 37.5, "PPL", 0, "gn"
    )  # no feature code: a populated place; no population: 0; the names field skipped
    fixed = rows.entry(1)
    assert fixed is not None
    # the fixes read the row's names: the dropped one gives way to the next
    assert (fixed.name_ar, fixed.admin2, fixed.feature_code) == ("كفر نبل", "", "PPLA3")
    assert fixed.population == 9000
    assert fixed.weight == 0.5
    assert rows.names(1) == ["كفر نبل"]
