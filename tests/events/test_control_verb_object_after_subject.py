"""A control verb whose subject stands between it and "على" ("سيطرت فرق الإطفاء الأحد على
حريق"): what is controlled is read after "على", so a fire or a situation brought under control
is no takeover, while ground taken the same way stays one."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2016-11-20")["events"]]


def test_firefighters_bringing_a_fire_under_control_is_no_takeover() -> None:
    text = (
        "وسيطرت فرق الإطفاء التابعة للدفاع المدني مساء الأحد على حريق اندلع في مستودع "
        "بمدينة جدة."
    )
    assert _subs(text) == []


def test_security_forces_bringing_the_situation_under_control_is_no_takeover() -> None:
    text = "وسيطر الجيش والشرطة مساء أمس على الوضع في مدينة الكوت."
    assert _subs(text) == []


def test_forces_taking_a_town_with_the_subject_between_stays_a_takeover() -> None:
    text = "وسيطرت فصائل المعارضة المسلحة مساء الأحد على بلدة خان طومان جنوب حلب."
    assert _subs(text) == ["Non-state actor overtakes territory"]
