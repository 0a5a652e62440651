"""Writing a cheque ("تحرير شيك"), laying out facts or peace, regaining trust and a firm's hold
on feelings or public money take no ground; rebels seizing a town do."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_writing_a_bounced_cheque_liberates_nothing() -> None:
    text = "وقضت محكمة في القاهرة الأحد بحبس الفنان ثلاث سنوات بسبب تحريره شيكا بدون رصيد."
    assert _subs(text) == []


def test_rebels_seizing_a_town_take_ground() -> None:
    text = "وسيطرت قوات المعارضة الأحد على بلدة خان طومان في ريف حلب."
    assert _subs(text) == ["Non-state actor overtakes territory"]
