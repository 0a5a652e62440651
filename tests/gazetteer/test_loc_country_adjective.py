"""The adjective of a country right after a name ("إقليم السند الباكستاني") tells the place's
country: a village of that name elsewhere (As Sanad in Yemen) is not it. After a base or a
camp the adjective tells the owner or the refugees' origin, not the country."""

from __future__ import annotations

import rasad


def _places(text: str) -> list[tuple[str, str]]:
    places = rasad.extract(text, published="2024-05-01")["places"]
    return [(p["name"], p["country"]) for p in places]


def test_a_province_of_another_country_is_no_yemeni_village():
    text = "هاجم مسلحون مركزا للشرطة في إقليم السند الباكستاني وقتلوا خمسة عناصر."
    assert all(country != "YE" for _, country in _places(text))


def test_an_agreeing_country_keeps_the_town():
    assert ("Al Bab", "SY") in _places("قصفت الطائرات بلدة الباب السورية.")


def test_a_base_named_with_its_owner_stays():
    places = _places("قصفت طائرات مواقع قرب قاعدة حميميم الروسية في ريف اللاذقية.")
    assert any(country == "SY" and "Hmeimim" in name for name, country in places)


def test_an_irregular_adjective_tells_the_country_too():
    # "الأفغانية" does not follow from "أفغانستان": Zabul is no Iranian Zabol
    text = "قتل عشرة من عناصر الشرطة في هجوم لطالبان في ولاية زابل الأفغانية."
    assert all(country != "IR" for _, country in _places(text))


def test_irregular_adjectives_are_read_from_the_country_table():
    from rasad.gazetteer.overlay import country_nisbas

    nisbas = country_nisbas()
    assert nisbas["الافغاني"] == "AF" and nisbas["الافغانيه"] == "AF"
    assert nisbas["النمساوي"] == "AT"
    # the regular ones still follow from the names
    assert nisbas["الباكستاني"] == "PK" and nisbas["الامريكيه"] == "US"


def test_the_adjective_picks_its_country_among_namesakes():
    # "اللبنانية" after "طرابلس": the Lebanese city, not the better-known Libyan capital
    text = "قتل شخصان في اشتباكات مسلحة بين عائلتين في طرابلس اللبنانية مساء أمس."
    assert ("Tripoli", "LB") in _places(text)
    assert ("Tripoli", "LY") not in _places(text)


def test_a_narrowed_choice_is_not_reused_for_the_bare_name():
    # the choices are cached across documents by name: a name narrowed by its adjective
    # must not hand its country to the same name in the next article
    assert ("Tripoli", "LB") in _places("سقط جريح برصاص طائش في طرابلس اللبنانية.")
    assert ("Tripoli", "LY") in _places("سقط جريح برصاص طائش في طرابلس الليبية.")
    assert ("Tripoli", "LY") in _places("سقط جريح برصاص طائش في طرابلس.")


def test_a_district_prominent_only_by_the_overlay_yields_to_another_country_adjective():
    # "المزة" (a Damascus district) before "اللبنانية" is the Lebanese mezze, a dish
    text = "قدم المطعم أطباق المزة اللبنانية مع الخبز الساخن."
    assert all(country != "SY" for _, country in _places(text))


def test_the_district_with_its_own_country_adjective_stays():
    text = "سقطت قذائف على حي المزة في دمشق وأصيب ثلاثة مدنيين."
    assert ("Mazzeh", "SY") in _places(text)
