"""A ferry or a boat capsizing is an accident, no attack (ACLED codes no accidents); a boat
that gunmen fire on stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-04-16")["events"]]


def test_a_capsized_ferry_is_no_attack() -> None:
    text = (
        "أفاد خفر السواحل بأن عبارة انقلبت قرب جزيرة في جنوب الفلبين صباح اليوم فلقي 41 "
        "راكبا على الأقل حتفهم."
    )
    assert _subs(text) == []


def test_a_ferry_fired_on_by_gunmen_stays_an_event() -> None:
    text = (
        "أفادت مصادر أمنية بأن مسلحين أطلقوا النار على عبارة قرب جزيرة باسيلان في جنوب "
        "الفلبين صباح اليوم فقتل خمسة ركاب."
    )
    assert _subs(text) != []
