"""Well-known squares of Arab capitals are overlay places ("ميدان طلعت حرب", "ميدان رابعة
العدوية", "ساحة التحرير" in Baghdad), found whole rather than cut short or lost; a square of
the same name that the text puts in another town ("ساحة التحرير في البصرة") is that town's
square, not the capital's (a facility listed whole and qualified by a town far away is a
namesake, as for "شارع فلسطين وسط بغداد")."""

from __future__ import annotations

import rasad
from rasad.geo import haversine_km


def _places(text: str) -> list[dict]:
    return rasad.extract(text, published="2013-08-14")["places"]


def test_named_squares_are_found_whole():
    names = {p["name"] for p in _places("تظاهر العشرات في ميدان طلعت حرب يوم الجمعة.")}
    assert "Talaat Harb Square" in names
    found = _places("فضت قوات الأمن اعتصام ميدان رابعة العدوية بالقوة.")
    assert [p["mention"] for p in found] == ["ميدان رابعة العدوية"]
    assert found[0]["country"] == "EG"


def test_tahrir_square_follows_the_article_country():
    cairo = _places("احتشد آلاف المتظاهرين في ميدان التحرير للمطالبة برحيل مبارك.")
    assert [(p["name"], p["country"]) for p in cairo] == [("Tahrir Square", "EG")]
    sanaa = _places("احتشد آلاف المعتصمين في ميدان التحرير بصنعاء.")
    assert ("YE", "Amanat al Asimah") in {(p["country"], p["admin1"]) for p in sanaa}


def test_a_namesake_square_in_another_town_stays_there():
    found = _places("تظاهر المئات في ساحة التحرير في البصرة للمطالبة بالخدمات.")
    square = next(p for p in found if p["mention"] == "ساحة التحرير")
    assert square["admin1"] == "Basrah"
    basra = next(p for p in found if p["mention"] == "البصرة")
    assert haversine_km(square["lat"], square["lon"], basra["lat"], basra["lon"]) < 1
