"""An act named as the criticism held against the arrested ("اعتقلت … لانتقادهم العملية
العسكرية") is what they said, no event; the arrests told as done stay an event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-02-01") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_the_campaign_criticised_by_the_arrested_is_no_clash() -> None:
    text = (
        "ارتفع عدد من اعتقلتهم الشرطة في إسطنبول أمس إلى 300 شخص لانتقادهم العملية "
        "العسكرية في عفرين."
    )
    assert _subs(text) == ["Arrests"]



def test_a_strike_criticised_as_the_cause_of_a_detention_is_no_event() -> None:
    text = "احتجزت السلطات في القاهرة أمس صحفيا بسبب انتقاده الغارات الجوية على ليبيا."
    assert "Air/drone strike" not in _subs(text)
