"""The name finder skips a word that opens only longer names when the next word continues none
(see ``NameFinder.spans``): the skip must never change what is found."""

from __future__ import annotations

import pickle

import pytest

from rasad.arabic.match import PhraseMatcher
from rasad.gazetteer.names import NameFinder, _second_words

# "تل" and "جسر" open only longer names; "باب" is a name and opens "باب الهوى"
NAMES = [
    ("تل أبيض", 1), ("تل رفعت", 2), ("جسر الشغور", 3), ("باب", 4), ("باب الهوى", 5),
    ("الحجر الأسود", 6), ("حلب", 7),
]

SENTENCES = [
    "صعد إلى تل كبير قرب حلب",  # "تل" then a word that goes on no name: nothing there
    "دخلت القوات تل أبيض وتل رفعت",  # the same first word continued: both names
    "عبروا الجسر ثم جسر الشغور",
    "فتح باب المعبر عند باب الهوى وبباب",  # a one-word name that also opens a longer one
    "تل",  # the document's last word opens a name
    "وصلوا إلى تل\u200cأبيض",  # glued by an invisible mark: one word for both finders
    "كبيرة\u200cتل أبيض",  # letters glued before the first word
    "قصف الحجر الأسود والحجر",
]


@pytest.fixture(scope="module")
def finders() -> tuple[NameFinder, PhraseMatcher]:
    return NameFinder(NAMES), PhraseMatcher(NAMES)


def test_second_words_are_the_words_that_continue_a_first_word(finders):
    finder, _ = finders
    assert _second_words(finder.first) == {"ابيض", "رفعت", "الشغور", "الهوي", "الاسود"}


@pytest.mark.parametrize("text", SENTENCES)
def test_skipping_words_that_open_no_name_here_changes_nothing(finders, text):
    finder, matcher = finders
    ours = [(m.start, m.end, m.key, m.prefix) for m in finder.find(text)]
    theirs = [(m.start, m.end, m.key, m.prefix) for m in matcher.find(text)]
    assert ours == theirs


def test_opening_word_with_no_continuation_gives_nothing(finders):
    finder, _ = finders
    assert finder.find("صعد إلى تل كبير") == []
    assert [m.key for m in finder.find("صعد إلى تل أبيض")] == ["تل ابيض"]


def test_pickled_finder_rebuilds_its_second_words(finders):
    finder, _ = finders
    again = pickle.loads(pickle.dumps(finder))
    assert again._after_first == finder._after_first
    assert [m.key for m in again.find("عند باب الهوى")] == ["باب الهوي"]
