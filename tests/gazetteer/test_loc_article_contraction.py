""""لل" is ل + the article: "للعراق" is Iraq even though a village is named "عراق".

A name with the article could always be read without it after a chain that supplies it
("للرقة"), except when the bare form is a name of its own (a village "عراق", "حديدة"): then
only that village was looked for, and it takes no article, so "للعراق", "للحديدة", "للقاهرة"
went unread (1,621 such names in the index)."""

from __future__ import annotations

import rasad
from rasad.gazetteer.index import default_index


def _places(text: str) -> list[dict]:
    return rasad.extract(text, published="2018-06-01")["places"]


def test_for_iraq_is_iraq():
    places = _places("أرسلت تركيا مساعدات للعراق.")
    assert [(p["country"], p["name"]) for p in places][-1] == ("IQ", "Iraq")


def test_a_contracted_article_reads_the_governorate_not_a_bare_village():
    places = _places("وصلت تعزيزات عسكرية للحديدة أمس.")
    assert places and places[0]["name"] == "Al Hudaydah"


def test_the_bare_name_alone_is_still_the_village_key():
    finder = default_index().finder
    assert [m.key for m in finder.find("في عراق")] == ["عراق"]
    assert [m.key for m in finder.find("دعما للعراق")] == ["العراق"]
