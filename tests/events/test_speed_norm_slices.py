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
