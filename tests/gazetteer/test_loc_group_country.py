"""An armed movement that fights in one country ("الحوثيين" → Yemen, "هيئة تحرير الشام" →
Syria) is evidence of the article's country, as its army would be: a name shared across
borders ("الجوف": Yemen, Saudi Arabia, Libya) resolves in that country."""

from __future__ import annotations

import pytest

import rasad
from rasad.arabic.stages import Tokenize
from rasad.document import Document
from rasad.gazetteer.context import DocWords
from rasad.gazetteer.cues import load_cues
from rasad.gazetteer.votes import institution_votes


def _countries(text: str) -> dict[str, str]:
    d = rasad.extract(text, published="2016-05-01")
    return {p["name"]: p["country"] for p in d["places"]}


@pytest.mark.parametrize(
    "text",
    [
        "قتل عشرة من الحوثيين في غارات جوية على مواقعهم في الجوف.",
        "أعلنت جماعة أنصار الله السيطرة على مواقع في الجوف.",
        "وقصفت طائرات التحالف تجمعات للحوثيين في الجوف.",
    ],
)
def test_a_yemeni_movement_sets_a_shared_name_in_yemen(text):
    assert _countries(text)["Al Jawf"] == "YE"


def _votes(text: str) -> dict[str, int]:
    doc = Tokenize()(Document("t", text))
    return institution_votes(DocWords(doc.text, doc.layer("tokens")), load_cues())


def test_movement_names_vote_for_their_country_once():
    assert _votes("اشتبك عناصر هيئة تحرير الشام مع الحوثيين والحوثيون يردون.") == {
        "SY": 1,
        "YE": 1,
    }


def test_the_iraqi_namesake_of_a_movement_gives_no_vote():
    assert _votes("قصفت كتائب حزب الله مواقع قرب الحدود.") == {}
    assert _votes("قصف حزب الله مواقع قرب الحدود.") == {"LB": 1}
