"""A state force named with a country's adjective sets the article in that country.

"الجيش المصري" or "الشرطة المصرية" in a story with no other place says where it happens as surely
as a Cairo dateline: a town of that country then outranks its namesake across a border."""

from __future__ import annotations

import rasad
from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import load_cues
from rasad.gazetteer.stage import institution_votes


def _countries(text: str) -> list[tuple[str, str]]:
    places = rasad.extract(text, published="2018-06-01")["places"]
    return [(p["mention"], p["country"]) for p in places]


def test_the_egyptian_army_makes_bare_rafah_egyptian():
    assert _countries("قال الجيش المصري إن قواته دمرت ثلاثة أنفاق في رفح.") == [("رفح", "EG")]


def test_a_later_police_statement_counts_too():
    assert _countries("أصيب مجند في رفح، وقالت الشرطة المصرية إنها تلاحق المهاجمين.") == [
        ("رفح", "EG")
    ]


def test_without_such_a_cue_rafah_stays_in_gaza():
    assert _countries("أصيب مجند في رفح أمس.") == [("رفح", "PS")]


def test_votes_need_a_force_or_authority_before_the_adjective():
    cues = load_cues()
    assert institution_votes(DocWords("وأكدت السلطات التونسية توقيف المشتبه بهم"), cues) == {
        "TN": 1
    }
    assert institution_votes(DocWords("زار وفد من التجار المصريين السوق"), cues) == {}
    assert institution_votes(DocWords("قال الكاتب المصري إن الرواية جديدة"), cues) == {}


def test_the_lebanese_army_makes_bare_tripoli_lebanese():
    text = "أعلن الجيش اللبناني أن وحداته فككت عبوة ناسفة زرعت قرب مسجد في طرابلس."
    assert _countries(text) == [("طرابلس", "LB")]


def test_without_such_a_cue_tripoli_stays_in_libya():
    assert _countries("فككت وحدة هندسة عبوة ناسفة زرعت قرب مسجد في طرابلس.") == [
        ("طرابلس", "LY")
    ]
