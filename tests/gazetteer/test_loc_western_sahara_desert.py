""""الصحراء الغربية": Western Sahara, or Egypt's Western Desert in an Egyptian story.

The name was no place at all, so an attack in Egypt's Western Desert (Farafra, Bahariya) or a
clash in Western Sahara had no location. Both are in the overlay under the one name; the
article's country chooses, as for other namesakes across borders."""

from __future__ import annotations

import rasad


def _desert(text: str) -> tuple[str, str]:
    places = rasad.extract(text, published="2018-06-01")["places"]
    [place] = [p for p in places if p["mention"] == "الصحراء الغربية"]
    return place["country"], place["name"]


def test_a_polisario_story_is_in_western_sahara():
    text = (
        "تبادل الجيش المغربي وجبهة البوليساريو الاتهامات بخرق وقف إطلاق النار "
        "في الصحراء الغربية."
    )
    assert _desert(text) == ("EH", "Western Sahara")


def test_western_sahara_is_the_reading_without_an_egyptian_context():
    assert _desert("قتل ثلاثة أشخاص في انفجار لغم في الصحراء الغربية.")[0] == "EH"


def test_an_egyptian_army_story_is_in_egypts_western_desert():
    text = (
        "أعلن الجيش المصري أن القوات الجوية دمرت ثماني سيارات محملة بالأسلحة "
        "في الصحراء الغربية."
    )
    assert _desert(text)[0] == "EG"


def test_a_cairo_dateline_story_is_in_egypts_western_desert():
    text = "القاهرة - قتل 16 شرطيا في اشتباك مع مسلحين في الصحراء الغربية قرب الواحات البحرية."
    assert _desert(text) == ("EG", "Western Desert (Egypt)")
