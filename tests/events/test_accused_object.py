"""The object of an accused, aimed-at or past act: a trigger right after such a verbal noun
("بتفجير عبوة ناسفة") shares its reading; after an act reported as news it stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_the_device_named_in_an_accusation_is_accused_too() -> None:
    assert _subs("اتهمت الشرطة شابا في القاهرة بتفجير عبوة ناسفة.") == []


def test_the_control_an_attempt_aims_at_is_no_takeover() -> None:
    text = "وتستميت الميليشيات في محاولة لاستعادة سيطرتها على مدينة عدن اليوم."
    assert _subs(text) == []


def test_a_device_set_off_today_stays_an_event() -> None:
    text = "قتل ثلاثة مدنيين اليوم في تفجير عبوة ناسفة بسوق في عدن."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
