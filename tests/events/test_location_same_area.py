"""A place said to lie in an area named again by its kind ("بالمديرية ذاتها", "بالمحافظة")."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[tuple[str, str | None]]:
    return [
        (e["sub_event_type"], e["location"])
        for e in rasad.extract(text, published="2018-02-25")["events"]
    ]


def test_a_namesake_read_outside_the_district_named_again_yields_to_that_district():
    text = (
        "دارت معارك عنيفة غرب مديرية المصلوب في محافظة الجوف.\n\n"
        "وانفجر لغم أرضي بمركبة عسكرية بالقرب من موقع ملحان بالمديرية ذاتها."
    )
    # ملحان is also a district of al-Mahwit, 150 km away; the text puts it in al-Maslub
    assert ("Remote explosive/landmine/IED", "Al Maslub") in _events(text)


def test_a_town_inside_the_district_named_again_stays_the_scene():
    text = (
        "دارت معارك عنيفة في مديرية المصلوب بمحافظة الجوف.\n\n"
        "وقتل جنديان في هجوم على مدينة الحزم بالمحافظة ذاتها."
    )
    assert "Al Hazm" in [loc for _type, loc in _events(text)]


def test_an_unknown_village_in_the_province_named_again_is_placed_in_that_province():
    text = (
        "امتدت المعارك إلى أطراف صنعاء، واندلعت مواجهات عنيفة في محافظة أرحب شمال العاصمة.\n\n"
        "وفي تطور آخر، اختطف مسلحون حوثيون ثلاثة من أبناء قرية الجنادية بالمحافظة."
    )
    # not the capital the story opens with
    assert ("Abduction/forced disappearance", "Arhab") in _events(text)


def test_the_town_named_again_as_the_town_is_found_behind_its_glued_preposition():
    text = (
        "قصفت الطائرات الحربية مدينة إدلب صباح اليوم.\n\n"
        "وفي ريف حماة، سيطرت قوات النظام على بلدة مورك بعد معارك عنيفة مع الفصائل.\n\n"
        "وقتل ثلاثة مدنيين مساء اليوم في قصف مدفعي على البلدة."
    )
    # "بلدة" begins with ب and ل: the antecedent "بلدة مورك" was never recognised
    assert ("Shelling/artillery/missile attack", "Murak") in _events(text)
