"""The place people are abducted or arrested from is where the event happened (role
event_location), unless a motion word says they were on their way from it."""

from __future__ import annotations

import pytest

import rasad


def _roles(text: str) -> dict[str, str]:
    return {p["mention"]: p["role"] for p in rasad.extract(text, published="2018-05-01")["places"]}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وقال المصدر إن مسلحي التنظيم اختطفوا 12 شابا من ناحية القيارة جنوب الموصل.", "القيارة"),
        ("واعتقلت قوات الأمن 7 مطلوبين من مدينة الحديدة فجر اليوم.", "الحديدة"),
        ("وأعلنت الشرطة اعتقال 4 أشخاص من بلدة تلعفر بتهمة الانتماء للتنظيم.", "تلعفر"),
    ],
)
def test_seized_from_a_place_happens_there(text, place):
    assert _roles(text)[place] == "event_location"


def test_seized_while_coming_from_a_place_keeps_origin():
    roles = _roles("اعتقلت الشرطة التركية 3 أشخاص قادمين من سوريا في ولاية هاتاي.")
    assert roles["سوريا"] == "origin"
