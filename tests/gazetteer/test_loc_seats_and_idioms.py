"""Index gaps that cost places in lists and idioms read as places.

Makhmur, the Erbil district seat, had only a GeoNames record without population, so the bare
name was dropped as an unsupported tiny village, and with it the list it stood in ("مخمور
والرمادي وبيجي"); as the word is also "drunk", it needs a locative, a place noun or a list.
"مسقط رأسه" is one's birthplace, not Muscat.
"""

from __future__ import annotations

import rasad


def _places(text: str) -> dict[str, dict]:
    return {p["mention"]: p for p in rasad.extract(text, published="2015-08-01")["places"]}


def test_makhmur_alone_is_the_iraqi_district_seat():
    place = _places("سقطت قذائف على مخمور صباح اليوم.")["مخمور"]
    assert (place["country"], place["admin1"]) == ("IQ", "Erbil")


def test_a_list_opened_by_makhmur_keeps_every_town():
    places = _places("نفذت الطائرات ضربات قرب مخمور والرمادي وبيجي.")
    assert {"مخمور", "الرمادي", "بيجي"} <= set(places)


def test_a_birthplace_is_not_muscat():
    assert "مسقط" not in _places("عاد اللاعب إلى مسقط رأسه في حلب بعد غياب طويل.")


def test_muscat_itself_is_still_found():
    assert _places("وصل الوزير إلى مسقط أمس في زيارة رسمية.")["مسقط"]["country"] == "OM"


def test_makhmur_as_the_word_for_drunk_is_no_place():
    assert "مخمور" not in _places("سألته الشرطة: هل أنت مخمور؟ فلم يجب.")
