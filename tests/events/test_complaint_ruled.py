"""A complaint a committee or a court accepts or rejects ("قبول احتجاج النادي", "رفضت المحكمة
احتجاج المرشح") is a formal objection, no demonstration; a protest of people stays one."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-07-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_complaint_ruled_on_is_no_protest() -> None:
    assert (
        _subs("قررت لجنة الانضباط في الرياض اليوم قبول احتجاج نادي الهلال على نتيجة المباراة.")
        == []
    )
    assert _subs("وأعلنت المحكمة في القاهرة اليوم رفض احتجاج المرشح على نتائج الانتخابات.") == []


def test_a_protest_against_a_ruling_stays() -> None:
    text = "تظاهر مئات من أنصار النادي اليوم في الرياض احتجاجا على رفض احتجاج ناديهم."
    assert _subs(text) == ["Peaceful protest"]
