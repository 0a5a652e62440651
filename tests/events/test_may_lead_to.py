""""قد تؤدي إلى …": a possibility; the hamza of "تؤدي" is gone in the normalised words the
modal pattern reads, so the pattern spells it as they do."""

from __future__ import annotations

import datetime as dt

from .helpers import events_of


def test_may_lead_to_clashes_is_no_clash() -> None:
    text = "وقال مسؤول إن الأزمة قد تؤدي إلى اشتباكات بين الطرفين في مدينة حلب."
    assert events_of(text, dt.date(2016, 3, 2)) == []


def test_clashes_that_led_to_deaths_are_a_clash() -> None:
    text = "اندلعت اشتباكات بين الطرفين في مدينة حلب أدت إلى مقتل ثلاثة مسلحين."
    assert [e["sub_event_type"] for e in events_of(text, dt.date(2016, 3, 2))] == ["Armed clash"]
