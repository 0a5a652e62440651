"""An act named as a pretext or a justification ("يبحثون عن مبرر لتفجير المساجد", "ذرائع لشن
هجوم") or as what a visit reviews ("زيارة للاطلاع على مدى تقدم العمليات العسكرية") is no act
told. From an eighth audit of fresh news."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-08-01") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_bombing_sought_as_a_justification_is_no_event() -> None:
    text = (
        "وحذر الشيخ في طهران من أن هدم المساجد يخدم المتشددين الذين يبحثون عن مبرر "
        "لتفجير دور العبادة."
    )
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_a_war_named_as_pretexts_is_no_event() -> None:
    text = "واعتبرت طهران الاتهامات الموجهة إلى دمشق ذرائع لشن هجوم عسكري على سوريا."
    assert _subs(text) == []


def test_operations_a_visit_reviews_are_no_event() -> None:
    text = (
        "وصل وزير الدفاع الأمريكي إلى بغداد الخميس في زيارة للاطلاع على مدى تقدم "
        "العمليات العسكرية ضد تنظيم داعش."
    )
    assert _subs(text) == []


def test_a_strike_told_beside_a_visit_stays() -> None:
    text = (
        "وصل وزير الدفاع إلى بغداد الخميس للاطلاع على سير العمليات، فيما قصفت طائرات "
        "التحالف مواقع لتنظيم داعش في مدينة الفلوجة."
    )
    assert "Air/drone strike" in _subs(text)
