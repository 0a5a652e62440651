"""A news outlet's owner ("قناة المسيرة التابعة للحوثيين", "وكالة سبأ التابعة لـ…") speaks
through it: it is the source of what the outlet reports, not a side; a site that belongs to a
side ("موقعا تابعا للحوثيين") is still that side's."""

from __future__ import annotations

import rasad

HOUTHI = "Military Forces of Yemen (2015-2017) Houthi-Saleh"
COALITION = "Operation Restoring Hope"


def _events(text: str, published: str = "2016-05-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_the_channel_owner_is_not_the_side_struck() -> None:
    events = _events(
        "أعلنت قناة المسيرة التابعة للحوثيين قصف طائرات التحالف منزلا في مدينة صعدة يوم الثلاثاء."
    )
    assert events, "no event read"
    assert events[0]["actor1"] == COALITION
    assert events[0]["actor2"] != HOUTHI


def test_the_news_agency_owner_is_not_a_side() -> None:
    events = _events(
        "ذكرت وكالة الأنباء التابعة للحوثيين أن طائرات التحالف قصفت منزلا في مدينة صعدة "
        "يوم الثلاثاء."
    )
    assert events, "no event read"
    assert HOUTHI not in (events[0]["actor1"], events[0]["actor2"])


def test_a_site_of_a_side_stays_the_target() -> None:
    events = _events("قصفت طائرات التحالف موقعا تابعا للحوثيين في مدينة صعدة يوم الثلاثاء.")
    assert events, "no event read"
    assert events[0]["actor2"] == HOUTHI
