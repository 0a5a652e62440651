"""Names that are places only in some contexts, and front-line places the sources spell
differently or lack: written for these tests, resolved with the packaged index."""

from __future__ import annotations

import pytest

from .conftest import run_places


def _names(text: str) -> dict[str, tuple[str, str | None]]:
    return {t: (s.value.name, s.value.admin1) for t, s in run_places(text)}


# --- a town's name after a given name is a family name ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "أصيب النائب محمد علي الشدادي في كمين قرب بلدة أمعين في أبين.",
        "نجا القيادي أحمد الشدادي من محاولة اغتيال قرب بلدة أمعين في أبين.",
    ],
)
def test_a_town_name_after_a_given_name_is_the_family_name(text):
    places = _names(text)
    assert "الشدادي" not in places
    assert places["أمعين"][1] == "Abyan"


def test_the_town_itself_after_a_preposition_is_still_a_place():
    places = _names("سيطرت القوات على مدينة الشدادي جنوب الحسكة بعد معارك مع التنظيم.")
    assert places["الشدادي"] == ("Al-Shaddadi", "Al Hasakeh")
    # "علي" is also "على" once normalised: alone before a name it is the preposition
    places = _names("شنت الطائرات غارات علي الشدادي جنوب الحسكة.")
    assert places["الشدادي"][1] == "Al Hasakeh"


def test_a_name_opening_with_a_place_noun_after_a_given_name_is_a_place():
    # no family name opens with "قاعدة" or "مطار": after a name it is the verb's object
    places = _names("استعادت قوات الرئيس هادي قاعدة العند بعد معارك عنيفة.")
    assert places["قاعدة العند"][1] == "Lahij"
    places = _names("زار الوزير محمد مطار عدن صباح اليوم.")
    assert places["مطار عدن"][1] == "Aden"


@pytest.mark.parametrize(
    "text",
    [
        "كتب المؤرخ عن الحقبة الناصرية في مصر وما تلاها.",
        "شارك ممثلو الأحزاب الناصرية في المؤتمر الصحفي أمس.",
        "تدور أحداث المسلسل في البيئة الشامية القديمة.",
    ],
)
def test_a_town_name_agreeing_with_a_definite_noun_is_an_adjective(text):
    places = _names(text)
    assert "الناصرية" not in places and "الشامية" not in places


def test_a_town_name_after_a_place_noun_a_preposition_or_a_city_stays_a_place():
    assert _names("تظاهر المئات في الناصرية أمس.")["الناصرية"][1] == "Thi-Qar"
    assert _names("اعتقلت الشرطة عشرة في محافظة الإسماعيلية.")["الإسماعيلية"][1] == "Ismailia"
    assert "الإسكندرية" in _names("قطع المحتجون طريق القاهرة الإسكندرية الصحراوي.")
    # a country's own name has the same form ("السلطات السعودية" is told as the country)
    assert "السعودية" in _names("قالت السلطات السعودية إنها اعتقلت خمسة مطلوبين.")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("سيطر الجيش على بلدة صغيرة قرب الحدود مع الجزائر.", "الجزائر", "PCLI"),
        ("اشتباكات في المنطقة الحدودية مع تونس ليلة أمس.", "تونس", "PCLI"),
        ("وصل وزير الخارجية إلى الجزائر في زيارة رسمية.", "الجزائر", "PPLC"),
    ],
)
def test_a_border_is_shared_with_the_country_not_its_capital(text, mention, code):
    spans = dict(run_places(text))
    assert spans[mention].value.feature_code == code


# --- common words ----------------------------------------------------------------------------
def test_the_judge_and_stipulating_are_no_village():
    places = _names("قال إن الاتفاق حول مدينة منبج والقاضي بانسحاب المقاتلين لم يمت تماما.")
    assert list(places) == ["منبج"]
    assert run_places("أصدر القاضي حكما بسجن المتهم عامين.") == []


def test_the_stage_of_the_fighting_is_no_village():
    places = _names("يتوقع أن تشهد محافظة شبوة في شرق أبين، المرحلة المقبلة من القتال.")
    assert "المرحلة" not in places
    assert _names("سيطرت القوات على قرية المرحلة في حجة.")["المرحلة"][1] == "Hajjah"


def test_fog_is_no_place_but_the_taizz_front_is():
    assert run_places("غطى الضباب الكثيف الطريق السريع صباح اليوم.") == []
    places = _names("دارت معارك عنيفة في جبهة الضباب جنوب غرب مدينة تعز.")
    assert places["الضباب"] == ("Ad Dabab", "Taizz")


def test_a_quoted_front_after_a_detached_and_is_listed():
    # the quotes split "و" from the name: it still joins the list of fronts
    places = _names("احتدمت المعارك في جبهات ” جبل صبر ” و ” الضباب ” جنوب غرب المدينة.")
    assert places["الضباب"] == ("Ad Dabab", "Taizz")
    assert run_places("غطى الغبار و الضباب الطريق السريع صباح اليوم.") == []


# --- fronts and spellings ------------------------------------------------------------------------
def test_taizz_fronts_resolve_in_taizz():
    places = _names("تواصلت المواجهات في جبل صبر وفي منطقة الحوبان شرقي مدينة تعز.")
    assert places["جبل صبر"] == ("Jabal Sabir", "Taizz")
    assert places["الحوبان"] == ("Al Hawban", "Taizz")


def test_hajin_spelled_with_alef_is_the_euphrates_town():
    places = _names("بدأت القوات هجوما على بلدة حاجين في ريف دير الزور الشرقي.")
    assert places["حاجين"] == ("Hajin", "Deir ez Zor")


def test_al_kibar_after_a_preposition_with_a_deir_ez_zor_qualifier():
    places = _names("سيطر المقاتلون على موقع في الكبر بريف دير الزور الغربي.")
    assert places["الكبر"][1] == "Deir ez Zor"
    assert run_places("يعاني الرجل من الكبر والمرض.") == []


def test_rashad_sub_district_resolves_in_kirkuk():
    places = _names("قتل ثلاثة مسلحين في اشتباك مع الشرطة في ناحية الرشاد جنوب كركوك.")
    assert places["الرشاد"] == ("Ar Rashad", "Kirkuk")


# --- a quarter set off by a comma before its city --------------------------------------------
def test_a_quarter_named_like_a_governorate_takes_its_city_after_a_comma():
    # المثنى is also an Iraqi governorate and a Baghdad quarter: after "حي" it is neither
    places = {t: s.value for t, s in run_places("وقع الانفجار في حي المثنى، في مدينة الموصل.")}
    assert places["المثنى"].admin1 == "Ninewa"
    # the governorate itself, named with its own noun, is not located by what follows
    places = {t: s.value for t, s in run_places("سقطت قذائف في محافظة المثنى، في جنوب العراق.")}
    assert places["المثنى"].admin1 == "Muthanna"
