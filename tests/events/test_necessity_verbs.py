"""What a goal "requires" ("يستلزم خوض معركة", "تتطلب استعادة المدينة") is still to be done:
no event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2015-07-21")["events"]]


def test_a_battle_a_goal_requires_is_no_event() -> None:
    text = "ويرى الشيعة في باكستان أن القضاء على التنظيم يستلزم خوض معركة مقدسة."
    assert _subs(text) == []


def test_a_recapture_that_needs_weeks_is_no_event() -> None:
    text = "وقال القائد إن السيطرة على مدينة الرمادي تتطلب أسابيع من القتال."
    assert _subs(text) == []


def test_a_battle_fought_is_an_event() -> None:
    text = "وخاض الجيش الباكستاني الأحد معركة عنيفة مع مسلحين في وزيرستان."
    assert _subs(text) == ["Armed clash"]
