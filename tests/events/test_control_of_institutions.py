"""A hold on the state's institutions in the plural, or on its "joints", is a hold on power, no
ground taken ("سيطرة نظام المحاصصات على مؤسسات الدولة"). A town taken stays a takeover."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-04-10")["events"]]


def test_a_quota_system_holding_the_institutions_is_no_takeover() -> None:
    text = "وانتقد النائب في مدينة الناصرية سيطرة نظام المحاصصات على مؤسسات الدولة العراقية."
    assert _subs(text) == []


def test_a_grip_on_the_ministries_is_no_takeover() -> None:
    text = "وأكد الكاتب في مقاله أن التيار الديني أحكم سيطرته على الوزارات في القاهرة."
    assert _subs(text) == []


def test_a_town_taken_stays_a_takeover() -> None:
    text = "وسيطر مسلحو تنظيم داعش أمس على بلدة البغدادي غربي محافظة الأنبار."
    assert _subs(text) == ["Non-state actor overtakes territory"]
