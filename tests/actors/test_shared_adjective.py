"""A plural or dual country adjective after two joined force names ("الجيش وقوى الأمن
اللبنانيين") qualifies both names; a singular one agrees with the nearer name only."""

from __future__ import annotations

import rasad


def _actors(text: str, published: str = "2021-09-10") -> dict[str, str]:
    actors = rasad.extract(text, published=published)["actors"]
    return {a["mention"]: a["canonical"] for a in actors}


def test_plural_adjective_after_army_and_security_forces() -> None:
    text = (
        "دمشق - قصف الجيش السوري مواقع في ريف إدلب، فيما قتل مسلحون ثلاثة من عناصر الجيش "
        "وقوى الأمن اللبنانيين في هجوم على حاجز في بلدة عرسال أمس."
    )
    actors = rasad.extract(text, published="2021-09-10")["actors"]
    army = [a["canonical"] for a in actors if a["mention"] == "الجيش"]
    assert army == ["Military Forces of Lebanon (2021-)"]


def test_dual_adjective_after_army_and_police() -> None:
    text = "دمشق - قتل مسلحون جنديين من الجيش والشرطة العراقيين في هجوم قرب البوكمال أمس."
    assert _actors(text)["الجيش"].startswith("Military Forces of Iraq")


def test_singular_adjective_qualifies_the_nearer_name_only() -> None:
    text = "دمشق - اشتبك الجيش والشرطة التركية مع مسلحين قرب الحدود أمس."
    assert _actors(text)["الجيش"] == "Military Forces of Syria (2000-2024)"
