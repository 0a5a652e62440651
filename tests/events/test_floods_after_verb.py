"""Floods that sweep things away are no looting, whether they come before the verb or follow
it as its subject ("جرفت مياه السيول حافلة", "فجرفته السيول")."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


# ---- floods as the subject after the verb -------------------------------------------------------
def test_floodwater_sweeping_a_bus_away_is_no_looting() -> None:
    text = "جرفت مياه السيول مساء الخميس حافلة صغيرة على الطريق الرابط بين مدينتي المكلا وسيئون."
    assert "Looting/property destruction" not in _subs(text)


def test_a_child_swept_away_by_floods_is_no_looting() -> None:
    text = "وخرج الطفل من منزل أسرته في مدينة سيئون يوم الجمعة فجرفته السيول في الوادي."
    assert "Looting/property destruction" not in _subs(text)


def test_bulldozers_razing_farmland_are_still_property_destruction() -> None:
    text = "جرفت الجرافات الإسرائيلية صباح الأحد أراضي زراعية شرق بلدة بيت حانون."
    assert _subs(text) == ["Looting/property destruction"]
