"""A wire dateline with the country before the agency ("عدن (اليمن) (ا ف ب) -"): the town
filed from is the lead's scene only when the lead names no other place."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2013-02-22")["events"]


def test_a_region_the_lead_names_outranks_the_town_filed_from():
    text = (
        "الخرطوم (السودان) (ا ف ب) - دارت معارك عنيفة بين قبيلتين الأربعاء بالمدفعية في منطقة"
        " مناجم ذهب في دارفور غرب السودان."
    )
    events = _events(text)
    assert events and {e["location"] for e in events} == {"Darfur"}


def test_a_town_the_lead_names_outranks_the_town_filed_from():
    text = (
        "صنعاء (اليمن) (ا ف ب) - قتل ثلاثة جنود يمنيين الاثنين في هجوم شنه مسلحون على نقطة"
        " عسكرية في مدينة المكلا."
    )
    events = _events(text)
    assert events and {e["location"] for e in events} == {"Al Mukalla"}


def test_the_town_filed_from_is_the_scene_when_the_lead_names_no_other():
    text = (
        "عدن (اليمن) (ا ف ب) - قتل متظاهر الاثنين برصاص قوات الأمن خلال تظاهرة لأنصار الحراك"
        " الجنوبي في المدينة."
    )
    events = _events(text)
    assert events and {e["location"] for e in events} == {"Aden"}


def test_the_town_filed_from_stays_the_scene_inside_the_region_the_lead_names():
    # Ramallah lies in the West Bank: the region does not outrank the finer town
    text = (
        "رام الله (الاراضي الفلسطينية) (ا ف ب) - اعتقلت القوات الاسرائيلية فجر الثلاثاء خمسة"
        " عشر ناشطا في مداهمات في الضفة الغربية."
    )
    events = _events(text)
    assert events and {e["location"] for e in events} == {"Ramallah"}


def test_a_place_the_lead_names_outranks_the_town_of_an_agency_dateline():
    text = (
        "صنعاء 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n"
        "قتل ثلاثة جنود يمنيين اليوم في هجوم شنه مسلحون على نقطة عسكرية في مديرية صرواح."
    )
    events = _events(text)
    assert events and {e["location"] for e in events} == {"Sirwah"}
