"""A glued ب before the short name of a world capital ("آتن" Athens, "برن" Bern) makes a
four-letter word that is far more often a surname or a noun ("كريس باتن", "مارك باتن") than "in
Athens". Longer names and big non-capital cities keep the glued ب ("بجنيف", "بجدة")."""

from __future__ import annotations

import rasad


def _names(text: str) -> list[str]:
    return [p["name"] for p in rasad.extract(text, published="2024-05-01")["places"]]


def test_surname_patten_is_no_athens():
    assert "Athens" not in _names("وقال كريس باتن الحاكم البريطاني السابق إن المحادثات تعثرت.")
    names = _names("ووصل اللورد باتن إلى لندن مساء الثلاثاء.")
    assert "Athens" not in names
    assert "London" in names


def test_capital_with_its_usual_spelling_or_a_separate_preposition_stays():
    assert "Athens" in _names("وصل وزير الخارجية إلى أثينا في زيارة رسمية.")
    assert "Bern" in _names("عقد الاجتماع في برن بحضور الوسطاء.")


def test_longer_or_non_capital_city_keeps_its_glued_preposition():
    assert "Geneva" in _names("استؤنفت المفاوضات بين الأطراف الليبية بجنيف.")
    assert "Jeddah" in _names("عقد الاجتماع بجدة بحضور الوسطاء.")
