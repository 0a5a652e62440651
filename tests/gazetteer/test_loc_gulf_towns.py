"""Saudi, Bahraini and Kuwaiti places of the 2015 news that the index lacked.

Houthi shells on the Saudi border towns ("صامطة", "الخوبة", "ظهران الجنوب"), bombings in
Bahraini villages ("العكر الغربي") and a Kuwaiti mosque in "الصوابر" left the event without a
place. Saudi al-Jawf is a region as the Yemeni one is a governorate: the article's country picks
one. Town names that are frequent words ("طوال", throughout; "سترة", a jacket; "الدائر",
ongoing) need a locative or a place noun.
"""

from __future__ import annotations

import rasad


def _places(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in rasad.extract(text, published="2015-08-01")["places"]}


def test_saudi_border_towns_are_found():
    places = _places("سقطت قذائف أطلقها مسلحون على مدينة صامطة والخوبة في منطقة جازان.")
    assert places["Samtah"]["country"] == "SA"
    assert places["Al Khubah"]["admin1"] == "Jazan"


def test_dhahran_al_janub_is_in_asir():
    place = _places("أصيب جنديان بقذيفة في ظهران الجنوب أمس.")["Dhahran al Janub"]
    assert (place["country"], place["admin1"]) == ("SA", "Asir")


def test_a_bahraini_village_is_found():
    place = _places("قتل شرطي في انفجار عبوة في قرية العكر الغربي جنوب المنامة.")["Al Eker"]
    assert place["country"] == "BH"


def test_sawaber_is_in_kuwait():
    place = _places("فجر انتحاري نفسه في مسجد بمنطقة الصوابر في الكويت.")["Sawaber"]
    assert place["country"] == "KW"


def test_saudi_jawf_in_a_saudi_story():
    place = _places("أعلنت السلطات السعودية أن مسلحين هاجموا دورية حدودية في الجوف.")["Al Jawf"]
    assert place["country"] == "SA"


def test_yemeni_jawf_in_a_yemeni_story():
    place = _places("قتل عشرة في معارك في محافظة الجوف شمال شرق صنعاء.")["Al Jawf"]
    assert place["country"] == "YE"


def test_words_that_are_town_names_are_no_places():
    places = _places("ارتدى مسلح سترة ناسفة وسط الصراع الدائر طوال الليل في الرياض.")
    assert {p["country"] for p in places.values()} == {"SA"}
    assert set(places) == {"Riyadh"}
