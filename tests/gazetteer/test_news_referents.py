"""Names whose usual referent in conflict news is not the record the priors alone would pick.

"البحر الأحمر" is the sea in hundreds of reports and Sudan's Red Sea state only after "ولاية";
"القنيطرة" is the Syrian town unless a Moroccan qualifier says Kenitra; "المعضمية" is the
besieged town south-west of Damascus; "الحضر" in Quneitra is the Druze village; quarters of
Hudaydah, Taizz and Benghazi that the reports name are in the index (overlay rows).
"""

from __future__ import annotations

import pytest

import rasad


def _places(text: str) -> dict[str, dict]:
    return {p["mention"]: p for p in rasad.extract(text, published="2018-06-01")["places"]}


def test_the_red_sea_alone_is_the_sea_not_a_sudanese_state():
    assert "البحر الأحمر" not in _places("هاجم الحوثيون ناقلة نفط في البحر الأحمر أمس.")


def test_the_red_sea_state_is_found_after_the_word_for_state():
    places = _places("اجتاحت أسراب الجراد ولاية البحر الأحمر في شرق السودان.")
    assert any(p["country"] == "SD" and p["name"] == "Red Sea" for p in places.values())


def test_quneitra_without_qualifier_is_the_syrian_town():
    assert _places("قتل جنديان في هجوم قرب القنيطرة.")["القنيطرة"]["country"] == "SY"


def test_a_moroccan_qualifier_still_gives_kenitra():
    assert _places("افتتح وزير مصنعا في القنيطرة بالمغرب.")["القنيطرة"]["country"] == "MA"


def test_hadar_of_quneitra_is_found_with_its_article():
    place = _places("قصفت طائرة مسيرة سيارة عند مشارف قرية الحضر في القنيطرة.")["الحضر"]
    assert (place["country"], place["admin1"]) == ("SY", "Quneitra")


def test_muadamiya_is_the_town_south_west_of_damascus():
    place = _places("قصفت قوات النظام بلدتي المعضمية وداريا في ريف دمشق.")["المعضمية"]
    assert abs(place["lat"] - 33.46) < 0.05 and abs(place["lon"] - 36.20) < 0.05


@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        ("قتل مدنيان في قصف على حي باب موسى في تعز.", "باب موسى", "Taizz"),
        ("سقطت قذائف الحوثيين على حي وادي القاضي وسط تعز.", "حي وادي القاضي", "Taizz"),
        ("دارت اشتباكات في حي الربصة بمدينة الحديدة.", "حي الربصة", "Al Hudaydah"),
        ("أغلق المسلحون شوارع باب مشرف في الحديدة.", "باب مشرف", "Al Hudaydah"),
        ("قصفت الطائرات مواقع في محور الصابري ببنغازي.", "الصابري", "Benghazi"),
    ],
)
def test_reported_city_quarters_are_in_the_index(text: str, mention: str, admin1: str):
    place = _places(text)[mention]
    assert place["admin1"] == admin1 and place["feature_code"] == "PPLX"


def test_khan_bani_saad_is_the_diyala_town_not_a_yemeni_district():
    place = _places("انفجرت سيارة مفخخة في سوق خان بني سعد شمال شرقي بغداد.")["خان بني سعد"]
    assert (place["country"], place["admin1"]) == ("IQ", "Diyala")


@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        ("حاصر مسلحو التنظيم قاعدة كويرس الجوية أشهرا.", "قاعدة كويرس الجوية", "Aleppo"),
        ("قصفت المدمرات قاعدة الشعيرات الجوية بالصواريخ.", "قاعدة الشعيرات الجوية", "Homs"),
        ("اقتحمت الفصائل قاعدة أبو الظهور بعد حصار طويل.", "قاعدة أبو الظهور", "Idleb"),
    ],
)
def test_an_air_base_named_as_a_base_is_the_base(text: str, mention: str, admin1: str):
    # the news calls the Syrian military airports "قاعدة X الجوية" as often as "مطار X"
    place = _places(text)[mention]
    assert place["feature_code"] == "AIRB" and place["admin1"] == admin1


def test_the_dailami_base_north_of_sanaa_is_in_the_index_but_not_the_surname():
    places = _places("قصفت الطائرات مخازن أسلحة في قاعدة الديلمي الجوية شمالي صنعاء.")
    assert places["قاعدة الديلمي الجوية"]["feature_code"] == "AIRB"
    assert not _places("قال محمد الديلمي إن الوضع هادئ في المدينة.")


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("قتل ثلاثة جنود في هجوم على ناحية الكرمة شرق الفلوجة.", "ناحية الكرمة", "Al-Karmah"),
        ("انفجرت عبوة ناسفة في الصقلاوية شمال الفلوجة.", "الصقلاوية", "As-Saqlawiyah"),
        ("سقطت صواريخ على معسكر التاجي شمال بغداد.", "معسكر التاجي", "Taji"),
    ],
)
def test_towns_around_fallujah_and_baghdad_are_the_iraqi_ones(text: str, mention: str, name: str):
    place = _places(text)[mention]
    assert (place["name"], place["country"]) == (name, "IQ")


def test_the_coronary_artery_is_no_place():
    assert not _places("يرتبط تناول الفلفل الحار بانقباض الشريان التاجي والنوبات القلبية.")


def test_the_grapevine_is_no_place_but_karmah_after_a_locative_is():
    assert not _places("تظلل أشجار الكرمة وعناقيد العنب مدخل المطعم.")
    assert _places("تقدمت القوات العراقية نحو الكرمة بعد معارك عنيفة.")["الكرمة"]["country"] == "IQ"


def test_the_qaniyah_front_is_in_northern_al_bayda():
    place = _places("حققت قوات الجيش تقدما جديدا في جبهة قانية شمال محافظة البيضاء.")["جبهة قانية"]
    assert (place["name"], place["admin1"]) == ("Qaniyah", "Al Bayda")
