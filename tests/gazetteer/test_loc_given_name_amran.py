""" "عمران" is a frequent given name ("وزير الإعلام عمران الزعبي", "المدان عمران علي") and the
Yemeni town and governorate of Amran: the town only after a locative, a place noun or in a
list of places (a cue word, ``not_places.tsv``)."""

from __future__ import annotations

import rasad


def _amran(text: str) -> list[dict]:
    places = rasad.extract(text, published="2015-07-20")["places"]
    return [p for p in places if p["mention"].endswith("عمران")]


def test_a_minister_named_imran_is_no_place():
    assert not _amran("وصف وزير الإعلام عمران الحسيني الهجوم بأنه عمل جبان.")


def test_a_convict_named_imran_is_no_place():
    assert not _amran("رفضت المحكمة طعن المدان عمران علي في حكم الإعدام الصادر بحقه.")


def test_a_speaker_named_imran_is_no_place():
    assert not _amran("ونفى المتهم التهم الموجهة إليه. وقال عمران، الأحد، إنه بريء.")


def test_the_governorate_after_a_place_noun_stays():
    places = _amran("قتل ثلاثة مسلحين في اشتباكات بمحافظة عمران شمال صنعاء.")
    assert places and places[0]["country"] == "YE"


def test_the_town_after_a_locative_stays():
    places = _amran("شن التحالف غارات جوية على مواقع الحوثيين في عمران أمس.")
    assert places and places[0]["country"] == "YE"


def test_the_town_in_a_list_of_yemeni_places_stays():
    places = _amran("جند الحوثيون أطفالا من صنعاء وذمار وعمران وحجة.")
    assert places and places[0]["country"] == "YE"
