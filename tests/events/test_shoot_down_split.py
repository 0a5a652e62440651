"""A past form of "أسقط" with its subject between it and the aircraft ("أسقطت الدفاعات
الجوية طائرة حربية") is a shoot-down like "أسقطت طائرة"; with no aircraft after it, or with
an aircraft as the subject dropping leaflets or bombs, it is none."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-03-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_subject_between_verb_and_warplane_is_an_armed_clash() -> None:
    text = "وأسقطت الدفاعات الجوية الأردنية أمس طائرة حربية سورية قرب الحدود الشمالية."
    assert _subs(text) == ["Armed clash"]


def test_subject_between_verb_and_drone_is_disrupted_weapons_use() -> None:
    text = "أسقط الجيش العراقي الأربعاء طائرة مسيرة لتنظيم داعش غرب الموصل."
    assert _subs(text) == ["Disrupted weapons use"]


def test_helicopters_dropping_leaflets_shoot_nothing_down() -> None:
    text = "وأسقطت مروحيات تابعة للجيش منشورات فوق مدينة حمص تدعو المسلحين إلى الاستسلام."
    assert _subs(text) == []


def test_charges_dropped_are_no_shoot_down() -> None:
    text = "وأسقطت المحكمة العليا التهم الموجهة إلى الصحفي بعد جلسة طويلة."
    assert _subs(text) == []


def test_kites_brought_down_are_no_weapon() -> None:
    text = "وأسقط الجيش الإسرائيلي خلال الأسبوع عشرين طائرة ورقية أطلقت من قطاع غزة."
    assert _subs(text) == []
