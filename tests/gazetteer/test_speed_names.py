"""What keeps the name finder cheap over a long ingest (see the docstrings in names.py)."""

from __future__ import annotations

import gc

from rasad.arabic.tokens import tokenize
from rasad.gazetteer.context import token_arrays
from rasad.gazetteer.names import NameFinder


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
