"""A club or tournament named after a city or country ("أتلتيكو مدريد", "لوس أنجلوس غالاكسي",
"كوبا أميركا") is no place; the city or country by itself stays (not_places.tsv org)."""

from __future__ import annotations

import rasad


def _mentions(text: str) -> set[str]:
    return {p["mention"] for p in rasad.extract(text, published="2018-06-01")["places"]}


def test_a_madrid_club_is_no_place():
    assert "مدريد" not in _mentions("وفاز أتلتيكو مدريد على ضيفه بهدفين نظيفين.")


def test_a_los_angeles_club_is_no_place():
    found = _mentions("وانتقل المهاجم السويدي إلى لوس أنجلوس غالاكسي الأمريكي.")
    assert not any(m.startswith("لوس") for m in found)


def test_the_copa_america_is_neither_cuba_nor_america():
    found = _mentions("وتستعد البرازيل لاستضافة بطولة كوبا أميركا العام المقبل.")
    assert "كوبا" not in found and "أميركا" not in found


def test_madrid_and_cuba_by_themselves_stay():
    assert "مدريد" in _mentions("وتظاهر الآلاف في مدريد احتجاجا على البطالة.")
    assert "كوبا" in _mentions("ووصل الرئيس إلى كوبا في زيارة رسمية.")
