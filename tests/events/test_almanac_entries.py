"""A line opening with a past year and a dash ("1951 - اغتيال العاهل الأردني …") is an entry of
a "this day in history" list: history told on its anniversary, no event of the day."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2015-07-20") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_this_day_in_history_entries_are_no_events() -> None:
    text = (
        "في مثل هذا اليوم\n"
        "1952 - الشرطة تعتقل عشرات المتظاهرين في القاهرة بعد مواجهات في ميدان التحرير.\n"
        "1988 - انفجار سيارة مفخخة أمام مقر الحكومة في بيروت يقتل 12 شخصا.\n"
    )
    assert _subs(text) == []


def test_entries_running_on_one_line_are_no_events() -> None:
    text = (
        "تنشر الصحيفة أهم الأحداث التي وقعت في مثل هذا اليوم على النحو التالي :"
        " 1948 - اعتقال قادة الحزب الشيوعي في الولايات المتحدة."
        " 1973 - الموساد الإسرائيلي يغتال نادلا في بلدة ليلهامر النرويجية."
        " 2008 - توقيف الزعيم السابق لصرب البوسنة رادوفان كارادجيتش في بلغراد.\n"
    )
    assert _subs(text) == []


def test_a_line_opening_with_this_years_date_is_news() -> None:
    text = "2015 - انفجار سيارة مفخخة أمام مقر الحكومة في بيروت اليوم يقتل 12 شخصا.\n"
    assert _subs(text) != []
