"""A manned warplane or helicopter shot down ("أسقط مقاتلو المعارضة طائرة حربية") is a fight
between the ground force and the air force (ACLED: Battles / Armed clash); a drone or a
reconnaissance aircraft brought down stays a weapon stopped (Disrupted weapons use)."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-05-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_warplane_shot_down_is_an_armed_clash() -> None:
    text = "وتمكن مقاتلو المعارضة الأحد من إسقاط طائرة حربية من طراز ميغ في ريف إدلب."
    assert _subs(text) == ["Armed clash"]


def test_a_helicopter_shot_down_is_an_armed_clash() -> None:
    text = "وأعلن التنظيم الأحد أنه أسقط طائرة مروحية للجيش العراقي شمال شرق الفلوجة."
    assert _subs(text) == ["Armed clash"]


def test_a_drone_shot_down_stays_disrupted_weapons_use() -> None:
    text = "وتمكن مقاتلو المعارضة الأحد من إسقاط طائرة استطلاع في ريف إدلب."
    assert _subs(text) == ["Disrupted weapons use"]
