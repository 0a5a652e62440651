"""The country votes of institutions and movements read every word of an article: they test
the words through a per-word-form table and run the rules only where a word hits. These tests
pin the table's verdicts and check the fast scan against a plain word-by-word reading."""

from __future__ import annotations

import pytest

from rasad.arabic.stages import Tokenize
from rasad.document import Document
from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import load_cues
from rasad.gazetteer.votes import (
    _bare,
    _group_name,
    _name_tails,
    _unglued,
    institution_votes,
)


def test_group_name_unglues_a_movement_name():
    cues = load_cues()
    assert _group_name("وللحوثيين", cues) == "الحوثيين"
    assert _group_name("بالحوثيين", cues) == "الحوثيين"
    assert _group_name("الحوثي", cues) == "الحوثي"


def test_group_name_keeps_the_first_word_of_a_longer_name():
    cues = load_cues()
    assert _group_name("تحرير", cues) == "تحرير"  # "تحرير الشام"
    assert _group_name("وحزب", cues) == "حزب"  # "حزب الله"


def test_group_name_is_empty_for_other_words():
    cues = load_cues()
    assert _group_name("الجيش", cues) == ""
    assert _group_name("الشام", cues) == ""  # only the last word of "تحرير الشام"
    assert _group_name("قصفت", cues) == ""


def _plain_votes(norms: list[str], cues) -> dict[str, int]:
    """The rules read at every word, with no table (the reading the fast scan must equal)."""
    out: dict[str, int] = {}
    for i in range(len(norms) - 1):
        iso = cues.institution_countries.get(norms[i + 1])
        if iso is not None and not out.get(iso) and _bare(norms[i]) in cues.institution_heads:
            out[iso] = 1
    for i, word in enumerate(norms):
        name = _unglued(word)
        iso = cues.group_countries.get(name)
        if iso is None and i + 1 < len(norms):
            iso = cues.group_countries.get(f"{name} {norms[i + 1]}")
        if iso is None or out.get(iso):
            continue
        if i > 0 and _bare(norms[i - 1]) in cues.group_not_after:
            continue
        out[iso] = 1
    return out


@pytest.mark.parametrize(
    "text",
    [
        "قصفت طائرات الجيش المصري مواقع للحوثيين وأعلن حزب الله تضامنه.",
        "أكدت الشرطة التونسية أن كتائب حزب الله لم تعلن مسؤوليتها.",
        "سيطرت هيئة تحرير الشام على قرى في ريف إدلب ثم انسحب عناصر تحرير الشام.",
        "افتتح الوزير معرضا للكتاب في المدينة.",
        "حزب",
        # an adjective first (no word before it), twice, and last
        "المصري قال إن الجيش المصري والشرطة المصرية والجيش المصري",
        "الجيش",
        "استهدف وللحوثيين وبالحوثيين ولحزب الله مواقع، ثم انسحب الحوثي إلى صعدة",
    ],
)
def test_fast_scan_equals_a_plain_reading(text):
    cues = load_cues()
    doc = Tokenize()(Document("t", text))
    dw = DocWords(doc.text, doc.layer("tokens"))
    votes = institution_votes(dw, cues)
    assert votes == _plain_votes(list(dw.norms), cues)
    assert list(votes) == list(_plain_votes(list(dw.norms), cues))  # same order of votes



def test_a_word_named_by_a_movement_ends_as_the_name_does():
    """institution_votes asks the table only of words whose last three letters end a name:
    every word _group_name names, glued or not, passes that test."""
    cues = load_cues()
    tails = _name_tails(cues.group_countries)
    assert tails is not None
    for word in ("الحوثيين", "وللحوثيين", "بالحوثيين", "فالحوثي", "وحزب", "تحرير"):
        assert _group_name(word, cues), word
        assert word[-3:] in tails, word
    assert "قصفت"[-3:] not in tails  # most words end no name
