""" "طالبت الجماعة التي تحتجز جنودا … بالإفراج عن …": the group a relative clause says holds
men is the captor of the detention told in its sentence; the men are the side held."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2015-07-20") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _abductions(text: str) -> list[dict]:
    events = _events(text)
    return [e for e in events if e["sub_event_type"] == "Abduction/forced disappearance"]


def test_the_group_that_holds_soldiers_is_the_captor() -> None:
    events = _abductions(
        "عرسال - طالبت جبهة النصرة التي تحتجز عددا من عناصر الجيش وقوى الأمن اللبنانية في جرود"
        " عرسال، بالإفراج عن سجينات في السجون اللبنانية مقابل إطلاق سراح أربعة جنود مخطوفين"
        " منذ عام."
    )
    assert events, "no abduction read"
    assert events[0]["actor1"] == "Jabhat al Nusra"
    assert events[0]["actor2"] == "Military Forces of Lebanon (2021-)"
