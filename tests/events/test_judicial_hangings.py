"""A state's authorities or judiciary executing prisoners is a judicial execution, which ACLED
does not code; an armed group executing people it holds stays an Attack."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-01-23")["events"]]


def test_authorities_hanging_prisoners_is_no_event() -> None:
    text = "أعدمت السلطات العراقية صباح اليوم ثمانية أشخاص شنقا داخل سجن الحوت في الناصرية."
    assert _subs(text) == []


def test_authorities_named_after_a_time_word_is_no_event() -> None:
    text = "أعدمت أمس السلطات السعودية مواطنين اثنين في مدينة الرياض."
    assert _subs(text) == []


def test_the_judiciary_hanging_a_man_is_no_event() -> None:
    text = "أعدم القضاء الإيراني رجلا شنقا في سجن بمدينة مشهد فجر الثلاثاء."
    assert _subs(text) == []


def test_an_armed_group_hanging_people_stays_an_attack() -> None:
    text = "أعدم تنظيم داعش ثلاثة رجال شنقا في ساحة عامة بمدينة الميادين."
    assert _subs(text) == ["Attack"]


def test_authorities_named_as_the_victims_side_stays_an_attack() -> None:
    text = "أعدمت حركة الشباب ثلاثة رجال بتهمة التعاون مع السلطات الصومالية في مدينة بيدوا."
    assert _subs(text) == ["Attack"]
