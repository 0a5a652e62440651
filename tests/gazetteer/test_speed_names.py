"""What keeps the name finder cheap over a long ingest (see the docstrings in names.py)."""

from __future__ import annotations

import gc

from rasad.arabic.tokens import tokenize
from rasad.gazetteer.context import token_arrays
from rasad.gazetteer.names import NameFinder, _chains


def test_words_opening_no_name_share_one_untracked_cache_entry() -> None:
    finder = NameFinder([("دمشق", 1), ("ريف دمشق", 2)])
    text = "قال المرصد إن القصف طال ريف دمشق وبلدات أخرى"
    found = finder.spans(text, arrays=token_arrays(tokenize(text)))
    assert [text[s:e] for s, e, _, _ in found] == ["ريف دمشق"]
    cache = finder._word_cache
    assert cache["المرصد"] == ()
    assert cache["المرصد"] is cache["القصف"]  # one shared object
    # no per-word object for the garbage collector to walk
    assert not gc.is_tracked(cache["المرصد"])
    assert cache["ريف"] and isinstance(cache["ريف"], tuple)


def test_overlapping_names_are_chosen_longest_first_within_their_run() -> None:
    # "ريف دمشق" and "دمشق القديمة" share a word: one run, the longer form wins, and the
    # freed "ريف" is a name of its own; "حلب" and "حمص" each form a run of one
    finder = NameFinder(
        [("ريف", 1), ("ريف دمشق", 2), ("دمشق", 3), ("دمشق القديمة", 4), ("حلب", 5), ("حمص", 6)]
    )
    text = "قصف على ريف دمشق القديمة وحلب ثم حمص"
    found = finder.spans(text, arrays=token_arrays(tokenize(text)))
    assert [text[s:e] for s, e, _, _ in found] == ["ريف", "دمشق القديمة", "حلب", "حمص"]


def test_a_word_keeps_only_its_longest_one_word_reading() -> None:
    # "وبلد" reads as و + "بلد" or as وب + "لد": the second lies inside the first and is
    # shorter, so the longest-first choice could never keep it; the cached entries hold only
    # the first (a run of one candidate, no sort)
    finder = NameFinder([("بلد", 1), ("لد", 2)])
    opens = finder._entries("وبلد")
    assert [(prefix, end_info is not None) for prefix, _, _, end_info, _ in opens] == [("و", True)]
    text = "وصلوا وبلد أخرى"
    found = finder.spans(text, arrays=token_arrays(tokenize(text)))
    assert [(text[s:e], key, prefix) for s, e, key, prefix in found] == [("بلد", "بلد", "و")]


def test_a_shorter_reading_that_opens_a_longer_name_stays() -> None:
    # the inner reading loses its own end but still opens "لد الكبرى"
    finder = NameFinder([("بلد", 1), ("لد", 2), ("لد الكبرى", 3)])
    assert [(p, e is not None, more) for p, _, _, e, more in finder._entries("وبلد")] == [
        ("و", True, False), ("وب", False, True)
    ]
    text = "وصلوا وبلد الكبرى"
    found = finder.spans(text, arrays=token_arrays(tokenize(text)))
    assert [text[s:e] for s, e, _, _ in found] == ["لد الكبرى"]


def test_proclitic_chains_opening_a_word() -> None:
    assert _chains("وبال") == ((0, ""), (1, "و"), (2, "وب"), (4, "وبال"))
    assert _chains("ولل") == ((0, ""), (1, "و"), (2, "ول"), (3, "ولل"))
    assert _chains("مدين") == ((0, ""),)  # no proclitic letter: the word itself only


def test_new_words_are_looked_up_wherever_they_stand_in_the_document() -> None:
    """The new words of a document are found in C (a set difference against the cache) and
    looked up once: the first and last tokens, neighbours and repeats included, with a document of
    known words only in between."""
    finder = NameFinder([("حلب", 1), ("دير الزور", 2), ("ادلب", 3)])

    def keys(text: str) -> list[str]:
        return [k for _, _, k, _ in finder.spans(text, arrays=token_arrays(tokenize(text)))]

    first = "حلب دير الزور كلمة أخرى وادلب حلب"
    assert keys(first) == ["حلب", "دير الزور", "ادلب", "حلب"]  # every word new
    assert set(finder._word_cache) >= {"حلب", "دير", "الزور", "كلمه", "اخري", "وادلب"}
    assert keys(first) == ["حلب", "دير الزور", "ادلب", "حلب"]  # every word cached
    # new words first, last and side by side, known words between them
    assert keys("ذهبوا الى حلب ثم دير الزور فوصلوا بسلام") == ["حلب", "دير الزور"]
    assert keys("وادلب") == ["ادلب"]
    assert {"ذهبوا", "الي", "ثم", "فوصلوا", "بسلام"} <= set(finder._word_cache)


def test_a_new_word_no_proclitic_can_open_is_read_without_the_chain_table(monkeypatch) -> None:
    finder = NameFinder([("دمشق", 1), ("ريف دمشق", 2), ("الرقة", 3)])

    def no_chains(room: str) -> tuple:
        raise AssertionError(f"chain table read for {room!r}")

    monkeypatch.setattr("rasad.gazetteer.names._chains", no_chains)
    assert finder._entries("قصف") == ()
    assert [(p, k, e) for p, k, _, e, _ in finder._entries("دمشق")] == [
        ("", 0, ("دمشق", False, 4))
    ]
    assert finder._entries("ريف")[0][4]  # opens the longer name


class _Everything:
    """A set holding every string: each word's chains read off its whole opening room."""

    def __contains__(self, item: object) -> bool:
        return True


def test_a_word_s_chains_are_those_of_its_whole_opening(monkeypatch) -> None:
    # the chains are read off the word's first two or three letters where no longer chain
    # goes on from them ("وت" of "وتقدم"): for every short string of proclitic letters and a
    # few others, the readings must be those of the whole opening (up to four letters, never
    # the last), the hits ("وبالبلد", "فللبلد") and the near misses ("وبابلد") alike
    from itertools import product

    from rasad.gazetteer import names

    finder = NameFinder(
        [
            ("بلد", 1),
            ("البلد", 2),
            ("لبلد", 3),
            ("ابلد", 4),
            ("لد", 5),
            ("البلد الكبير", 6),
            ("لد الجديد", 7),
        ]
    )
    letters = "وفبلكاد"
    words = ["".join(chars) for n in range(2, 6) for chars in product(letters, repeat=n)]
    words += ["".join(chars) + "لد" for n in (4, 5) for chars in product(letters, repeat=n)]
    got = [finder._entries(w) for w in words]
    names._CHAINS.clear()
    monkeypatch.setattr(names, "_LONGER_OPENINGS", _Everything())
    want = [finder._entries(w) for w in words]
    names._CHAINS.clear()
    assert got == want
    assert any(got)  # some words open a name
