"""The common-word drop of the places stage is decided before the other rules read context."""

from __future__ import annotations

from rasad.gazetteer import stage, word_classes
from rasad.gazetteer.context import word_table
from rasad.gazetteer.cues import load_cues
from rasad.pipeline import extract

# "عبر" (across) and "تحت" (under) are common words that also name places
_PLAIN = "سار الوفد عبر الطريق الساحلي ثم توقف تحت جسر المدينة قبل أن يعود إلى بيروت"


def test_common_words_in_plain_prose_are_dropped_before_the_other_rules(monkeypatch):
    asked: list[str] = []

    class Recording(frozenset):
        def __contains__(self, key: object) -> bool:
            asked.append(str(key))
            return super().__contains__(key)

    kins = stage.kin_words()
    monkeypatch.setattr(stage, "kin_words", lambda: Recording(kins))
    places = extract(_PLAIN)["places"]
    assert [p["mention"] for p in places] == ["بيروت"]
    # the kin-word rule (read after the drop's early test) never saw the two common words
    assert "عبر" not in asked and "تحت" not in asked
    assert "بيروت" in asked  # it did see the place


def test_the_word_before_decides_whether_a_common_word_may_stay():
    cues = load_cues()
    keeps = word_table(word_classes.keeps_common_word, cues)
    assert keeps["قريه"] and keeps["بقريه"]  # a place noun, normalised: "قرية الحرية"
    assert keeps["و"]  # a detached "و" of a quoted list
    assert keeps["محافظ"]  # an office title: its seat
    assert not keeps["عن"] and not keeps["الوفد"] and not keeps[""]


def test_a_common_word_after_a_place_noun_is_still_a_place():
    found = extract("قتل شخصان في قرية الحرية بريف حماة")["places"]
    assert [p["mention"] for p in found][:1] == ["الحرية"]
    assert extract("تحدث المسؤول عن الحرية والكرامة")["places"] == []
