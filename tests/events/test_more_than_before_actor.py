"""\"أكثر من\" before an actor counts the actor's own craft or men: it marks no target."""

from __future__ import annotations

import rasad


def test_a_counted_interceptor_is_actor1() -> None:
    out = rasad.extract(
        "أعلن مسؤول أمريكي اليوم أن أكثر من طائرة حربية إيرانية اعترضت طائرة استطلاع فوق الخليج.",
        published="2013-03-14",
    )
    events = [e for e in out["events"] if e["sub_event_type"] == "Disrupted weapons use"]
    assert events
    assert events[0]["actor1"] == "Military Forces of Iran (1989-)"
    assert events[0]["actor2"] != "Military Forces of Iran (1989-)"
