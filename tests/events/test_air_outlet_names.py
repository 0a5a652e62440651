"""A news outlet's name that borrows an air word ("قناة المسيرة": a drone, "شعبة الإعلام
الحربي": a warplane) is no aircraft of the act it reports: the act keeps its own type."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-24") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_missiles_announced_by_a_quoted_channel_are_no_drone_strike() -> None:
    text = (
        'أعلنت قناة "المسيرة" التابعة للحوثيين الأحد قصف قاعدة عسكرية سعودية '
        "في نجران بدفعة من الصواريخ الباليستية."
    )
    subs = _subs(text)
    assert subs, "no event read"
    assert "Air/drone strike" not in subs
    assert "Shelling/artillery/missile attack" in subs


def test_shelling_announced_by_a_named_channel_is_no_drone_strike() -> None:
    text = "وذكرت قناة المسيرة أن القوات قصفت الخميس مواقع عسكرية في منطقة جازان بقذائف المدفعية."
    subs = _subs(text)
    assert subs, "no event read"
    assert "Air/drone strike" not in subs


def test_a_drone_named_beside_the_channel_still_strikes() -> None:
    text = "قصفت طائرة مسيرة الأحد مواقع عسكرية في منطقة جازان، بحسب ما أفادت قناة المسيرة."
    assert "Air/drone strike" in _subs(text)
