"""A name after a death word told as "one of" a group ("مقتل فلان، أحد القياديين") is one dead;
a group word before the comma keeps the unnumbered count."""

from __future__ import annotations

import rasad


def _fatalities(text: str) -> int:
    events = rasad.extract(text, published="2024-05-06")["events"]
    assert events, "no event read"
    return events[0]["fatalities"]


def test_a_name_told_as_one_of_the_leaders_is_one_dead() -> None:
    text = (
        "أكد الجيش الفرنسي يوم الأحد مقتل عبد الرحمن ولد حمدي، أحد القياديين في تنظيم "
        "القاعدة، في معارك شمال مالي."
    )
    assert _fatalities(text) == 1


def test_a_woman_named_as_one_of_the_nurses_is_one_dead() -> None:
    text = "أعلنت الشرطة مقتل سلمى الحداد، إحدى الممرضات في المستشفى، برصاص قناص في حلب يوم الأحد."
    assert _fatalities(text) == 1


def test_civilians_before_the_comma_are_not_one_dead() -> None:
    text = (
        "أسفر القصف عن مقتل مدنيين، أحد أكثر الأيام دموية في مدينة حلب منذ أشهر، "
        "بحسب ناشطين يوم الأحد."
    )
    assert _fatalities(text) != 1
