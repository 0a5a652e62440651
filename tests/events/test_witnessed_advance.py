"""A front that "witnesses an advance" ("تشهد الجبهة تقدما للجيش") with no day in its paragraph
tells a situation, not an event on a day; "تقدما" is then the verbal noun the light verb
governs, though the same letters are also a dual past verb (they two advanced)."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_undated_advance_a_front_witnesses_is_no_event() -> None:
    text = (
        "عدن - قتل جنديان يمنيان الأحد في هجوم على موقع في لحج.\n"
        "يذكر أن جبهة صرواح في مأرب تشهد تقدما للجيش الوطني على حساب الحوثيين."
    )
    assert _subs(text) == ["Armed clash"]


def test_an_advance_witnessed_today_is_an_event() -> None:
    text = "وتشهد جبهة صرواح في مأرب منذ صباح اليوم تقدما للجيش الوطني على حساب الحوثيين."
    assert _subs(text) == ["Armed clash"]
