"""Confrontations of a force with an unarmed crowd named right after "بين"/"مع" (youths,
residents, students, "الفلسطينيين") are a riot (ACLED: rioters facing the force), not a
battle of two armed sides; fighters of a people ("مقاتلين فلسطينيين", "مسلحين من أهالي")
still fight an armed clash."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2018-06-24") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_confrontations_between_palestinians_and_soldiers_are_a_riot() -> None:
    text = (
        "تجددت الجمعة المواجهات بين الفلسطينيين في قطاع غزة والجنود الإسرائيليين على السياج "
        "الحدودي مع القطاع."
    )
    evs = _events(text)
    assert [e["sub_event_type"] for e in evs] == ["Violent demonstration"]
    assert evs[0]["actor1"].startswith("Rioters")


def test_confrontations_with_students_are_a_riot() -> None:
    text = "أصيب شرطيان يوم الأحد في مواجهات مع الطلاب داخل جامعة الخرطوم."
    assert [e["event_type"] for e in _events(text)] == ["Riots"]


def test_clashes_with_armed_residents_stay_a_clash() -> None:
    text = "قتل جنديان في اشتباكات مع مسلحين من أهالي قرية العوامية شرق السعودية."
    assert [e["sub_event_type"] for e in _events(text)] == ["Armed clash"]
