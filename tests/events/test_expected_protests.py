"""Protests "expected" ("المظاهرات المتوقعة") are still to come, like scheduled ones; protests
held, with "it is expected" ("ومن المتوقع أن …") said of what follows, are an event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-07-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_security_against_expected_protests_is_no_protest() -> None:
    text = (
        "وفرضت الشرطة إجراءات أمنية مشددة في لندن لمواجهة عدد من مظاهرات الاحتجاج المتوقعة"
        " على الزيارة."
    )
    assert _subs(text) == []


def test_police_mustered_to_secure_expected_protests_is_no_protest() -> None:
    assert _subs("وحشدت الشرطة ألف عنصر في لندن لتأمين الاحتجاجات المتوقعة ضد الزيارة.") == []


def test_forces_sent_to_deal_with_expected_demonstrations_is_no_protest() -> None:
    text = "ونشرت السلطات قوات إضافية في الخرطوم للتعامل مع التظاهرات المتوقعة اليوم."
    assert _subs(text) == []


def test_a_protest_held_with_more_expected_is_a_protest() -> None:
    text = "وتظاهر آلاف في لندن الجمعة ضد زيارة ترامب ومن المتوقع أن تستمر الاحتجاجات."
    assert _subs(text) == ["Peaceful protest"]
