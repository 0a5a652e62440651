"""A sit-in's ground taken or cleared by the police ("سيطرت الشرطة على ساحة الاعتصام",
"أخلت قوات الأمن الميدان من المعتصمين") is force used on a crowd (ACLED: protest with
intervention), no territory changing hands; a town taken near a sit-in square, or a building
emptied of its staff, is not."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2014-01-06") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_police_taking_the_sit_in_square_disperse_a_protest() -> None:
    text = "سيطرت قوات الشرطة على ساحة الاعتصام في الرمادي الاثنين وأزالت خيام المعتصمين."
    assert _subs(text) == ["Protest with intervention"]


def test_armed_men_taking_a_police_station_near_the_square_take_ground() -> None:
    text = "سيطر مسلحون من العشائر على مركز الشرطة في الفلوجة الخميس قرب ساحة الاعتصام."
    assert _subs(text) == ["Non-state actor overtakes territory"]


def test_a_square_cleared_of_its_sit_in_is_an_intervention() -> None:
    text = "أخلت قوات الأمن السودانية الميدان من المعتصمين أمام القيادة العامة في الخرطوم الاثنين."
    assert _subs(text) == ["Protest with intervention"]


def test_a_building_emptied_of_its_staff_is_no_protest() -> None:
    text = "أخلت قوات الأمن السودانية المبنى من الموظفين في الخرطوم الاثنين بعد بلاغ عن قنبلة."
    assert _subs(text) == []
