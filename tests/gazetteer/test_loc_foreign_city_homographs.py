"""World cities whose Arabic names are a common word or a given name: "كائن" (a being;
Caen is written كان) and "كولن" (Colin; Köln is كولونيا): a common word, and a cue word that
names a place only after a locative or a place noun."""

from __future__ import annotations

import rasad


def _names(text: str) -> set[str]:
    return {p["name"] for p in rasad.extract(text, published="2015-07-20")["places"]}


def test_turning_into_a_strange_being_is_not_caen():
    assert "Caen" not in _names("تحول الشاب إلى كائن غريب بعد التجربة.")


def test_colin_powell_is_not_cologne():
    assert "Koln" not in _names("قال عنه كولن باول إنه دبلوماسي محنك.")


def test_cologne_spelled_as_usual_stays():
    assert "Koln" in _names("اعتقلت الشرطة الألمانية مشتبها به في كولونيا غرب البلاد.")
