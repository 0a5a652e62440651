"""An act with no day of its own is dated by a past year a little further on in its clause
("وسيطرت حماس على قطاع غزة بعد مواجهات دامية مع حركة فتح في 2007"): history, not the day's
news. An act with a day of its own keeps it. From a seventh audit of fresh news."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-04-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_takeover_after_clashes_of_a_past_year_is_history() -> None:
    text = "وسيطر تنظيم داعش على مدينة الرقة بعد معارك عنيفة مع فصائل المعارضة في 2014."
    assert _subs(text) == []


def test_a_takeover_with_its_own_day_stays_beside_a_past_year() -> None:
    text = (
        "وسيطرت القوات الحكومية على مدينة الرقة الأحد بعد معارك عنيفة مع مسلحي تنظيم "
        "داعش الذي استولى عليها في 2014."
    )
    assert "Government regains territory" in _subs(text)
