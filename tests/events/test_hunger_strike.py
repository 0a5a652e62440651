"""A hunger strike is held by prisoners inside: an arrest told at its scene is the strikers' own
detention, no force acting on the protest (atomic.arrests_at_protest)."""

from __future__ import annotations

import rasad


def _rows(text: str) -> list[tuple[str, str | None]]:
    out = rasad.extract(text, published="2013-02-24")["events"]
    return [(e["sub_event_type"], e["actor2"]) for e in out]


def test_a_hunger_strike_after_a_detainee_died_is_no_protest_with_intervention() -> None:
    text = (
        "أعلن ثلاثون أسيرا فلسطينيا في سجن مجدو إضرابهم المفتوح عن الطعام اليوم الأحد، "
        "تنديدا بوفاة أسير من مدينة جنين بعد اعتقاله بأسبوع."
    )
    assert _rows(text) == [("Peaceful protest", None)]


def test_a_hunger_strike_beside_arrests_in_its_town_stays_peaceful() -> None:
    text = (
        "وخاض الأسرى في سجن عوفر إضرابا عن الطعام اليوم الأحد احتجاجا على ظروف اعتقالهم في "
        "مدينة رام الله، بعد اعتقال عشرات الشبان من المدينة."
    )
    assert [sub for sub, _ in _rows(text)] == ["Peaceful protest"]


def test_protesters_arrested_at_a_march_are_still_its_intervention() -> None:
    text = (
        "تظاهر مئات الفلسطينيين اليوم الأحد في مدينة الخليل تضامنا مع الأسرى، "
        "واعتقلت قوات الاحتلال خمسة من المتظاهرين."
    )
    assert [sub for sub, _ in _rows(text)] == ["Protest with intervention"]
