"""An aircraft named in a time phrase ("خلال تسليم الطائرة", "أثناء هبوط الطائرة") is where
or when the attack happened, no striker: the attack keeps the type its own words give."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2016-09-20") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_rocket_fire_while_a_plane_unloads_is_no_air_strike() -> None:
    text = (
        "تعرض مطار المكلا أمس لقصف صاروخي خلال تفريغ الطائرة الإماراتية شحنة من الأدوية."
    )
    events = _events(text)
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert "Emirates" not in (events[0]["actor1"] or "")


def test_an_air_raid_during_a_time_phrase_stays_an_air_strike() -> None:
    text = "قتل خمسة مدنيين في قصف صاروخي خلال غارة للطائرات الروسية على مدينة معرة النعمان."
    events = _events(text)
    assert any(e["sub_event_type"] == "Air/drone strike" for e in events)
