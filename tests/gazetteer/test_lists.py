"""Lists of places: a name that needs support gets it from the list's other places."""

from __future__ import annotations

import pytest

from .conftest import run_places


@pytest.mark.parametrize(
    "text",
    [
        "شن التنظيم هجمات على مدن حديثة وهيت وراوة غرب الأنبار.",  # the list's qualifier
        "اندلعت اشتباكات عنيفة في حديثة وهيت.",  # a listed town after "في"
        "اندلعت اشتباكات عنيفة في الرمادي وحديثة.",  # a listed town after a city
        "اندلعت اشتباكات عنيفة في حديثة، هيت وعانة.",  # a comma joins the list
        "شن التنظيم هجمات على حديثة، هيت وراوة غرب الأنبار.",
    ],
)
def test_a_common_word_in_a_list_of_towns_of_one_area_is_a_town(text):
    found = {t: s.value for t, s in run_places(text)}
    assert found["حديثة"].country == "IQ" and found["حديثة"].admin1 == "Anbar"


@pytest.mark.parametrize(
    "text",
    [
        "وقال في حديثه وحديث آخر في الرمادي إن الهجوم فشل.",  # "his talk": no list of places
        "أكد في حديثه وتصريحاته أن الوضع في الرمادي هادئ.",
        "أكد في حديثه، للصحفيين أن الوضع في الرمادي هادئ.",  # a comma, no list
    ],
)
def test_a_common_word_joined_to_other_words_is_no_place(text):
    found = [t for t, _ in run_places(text)]
    assert "حديثه" not in found and "الرمادي" in found


def test_a_list_member_claims_no_word_after_it():
    # "صالح" (a given name, also a village) joined by "و" leaves "بعدن" to be found
    found = [t for t, _ in run_places("ندد بالجرائم التي ترتكبها قوات الحوثي وصالح بعدن.")]
    assert "عدن" in found


def test_joiners_hold_every_character_that_normalises_to_a_list_joiner():
    """list_groups skips gaps with no JOINERS character; normalisation must not make one."""
    from rasad.arabic.normalize import normalize_key
    from rasad.gazetteer.lists import JOINERS

    makes_joiner = {
        chr(c)
        for c in range(0x10000)
        if not 0xD800 <= c < 0xE000 and normalize_key(chr(c))[:1] in ("\u0648", "\u060c", ",")
    }
    assert makes_joiner <= JOINERS


def test_a_comma_before_a_word_that_is_no_name_joins_no_list():
    # "البلاد، التي": the comma ends the clause; "البلاد" (a common word) is not listed, so it
    # lends no namesake's area to the base's reading
    text = "انتشر مسلحو التنظيم في قاعدة الجفرة وسط البلاد، التي بناها الجيش قبل عقود."
    found = {t: s.value for t, s in run_places(text)}
    assert found["الجفرة"].country == "LY" and "البلاد" not in found
