""" "بالقرب من X" is "near X": the "من" of nearness makes a town (or a place name that is also
a common word) a place, as "قرب" does; "من" alone, or "مقربة من" (close to people), does not."""

from __future__ import annotations

from rasad.arabic.stages import Tokenize
from rasad.document import Document
from rasad.gazetteer.stage import Places

_STAGE = Places()


def _places(text: str) -> list[tuple[str, str]]:
    doc = _STAGE(Tokenize()(Document("d", text)))
    return [(doc.text[s.start : s.end], s.value.name) for s in doc.layer("places")]


def test_a_town_near_which_strikes_fell_is_a_place() -> None:
    text = "وقال الجيش إن أربع غارات جوية استهدفت مواقع للمسلحين بالقرب من تلعفر يوم الأحد."
    assert ("تلعفر", "Tall Afar") in _places(text)


def test_a_city_that_is_also_a_word_is_a_place_near_which_strikes_fell() -> None:
    text = "ودمرت الطائرات مخزنا للأسلحة وعربتين بالقرب من الرمادي خلال الليل."
    assert [name for span, name in _places(text) if span == "الرمادي"] == ["Ramadie"]


def test_in_the_vicinity_of_after_ala_is_near_too() -> None:
    text = "واندلعت اشتباكات عنيفة على مقربة من بيجي صباح اليوم."
    assert ("بيجي", "Baiji") in _places(text)


def test_close_to_a_movement_is_no_town() -> None:
    text = "ونقلت الصحيفة عن مصادر مقربة من الحراك أن اللقاء تأجل."
    assert _places(text) == []


def test_from_alone_does_not_make_the_grey_colour_a_city() -> None:
    text = "واختار المصمم اللون الأزرق بدلا من الرمادي لواجهة المبنى."
    assert _places(text) == []
