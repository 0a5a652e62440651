"""The normalised form of a slice read straight off a text that lost no character in
normalisation, and the first-person count read in C, give what the plain readings give."""

from __future__ import annotations

from rasad.arabic.normalize import normalize, normalize_key
from rasad.events.context import key_of_slice
from rasad.events.opinion import _FIRST_PERSON, first_person_words

_PLAIN = "قصفت قوات النظام بلدة في ريف إدلب،  وقتل ثلاثة مدنيين\nبينهم طفل."
_MARKED = "قَصفت قوات النظامِ بلدة في ريف إدلب، وقتــل ثلاثة مدنيين بينهم طفل."


def test_a_slice_of_a_text_with_nothing_deleted_is_its_key():
    norm = normalize(_PLAIN)
    assert norm.source_len == len(norm.text)  # no mark deleted: the offsets are the same
    for a in range(0, len(_PLAIN) + 3, 3):
        for b in range(a, len(_PLAIN) + 5, 4):
            assert key_of_slice(norm, a, b) == normalize_key(_PLAIN[a:b]), (a, b)


def test_a_slice_of_a_text_with_deleted_marks_is_its_key():
    norm = normalize(_MARKED)
    assert norm.source_len > len(norm.text)
    for a in range(0, len(_MARKED), 2):
        for b in range(a, len(_MARKED) + 1, 3):
            assert key_of_slice(norm, a, b) == normalize_key(_MARKED[a:b]), (a, b)


def _plain_count(text: str) -> int:
    return sum(
        1
        for word in text.split()
        if word in _FIRST_PERSON or (word[0] in "وف" and word[1:] in _FIRST_PERSON)
    )


def test_first_person_words_are_counted_as_word_by_word():
    text = "انا اعتقد ونحن فنحن وانا انا، لنا كنا مكنا وفنحن نحن؟ بلادنا وبلادنا ولدينا"
    assert first_person_words(text) == _plain_count(text) == 10
    assert first_person_words("") == 0


def test_quotations_and_speech_after_a_colon_are_taken_out_as_the_pattern_takes_them():
    import random

    from rasad.events.opinion import _QUOTED_RE, unquoted

    texts = [
        'قال "نحن هنا" ثم: انا اعتقد\nوكتب "سطر\nثان" و"اخر"',
        'x"' + "ا" * 600 + '"y"' + "ب" * 601 + '"z:q\nr"s',  # the reach of a quotation
        "بلا علامات",
        "",
    ]
    rnd = random.Random(15)
    for _ in range(3000):  # every order of quote marks, colons and line breaks, short texts
        texts.append("".join(rnd.choice('ab :"\n') for _ in range(rnd.randint(0, 30))))
    for text in texts:
        assert unquoted(text) == _QUOTED_RE.sub(" ", text), repr(text)
    # a quote mark whose pair is past a line break opens nothing: the next pair is the quote
    assert unquoted(texts[0]) == 'قال   ثم \nوكتب "سطر\nثان اخر"'
