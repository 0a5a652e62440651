"""One man or woman under a death sentence ("محكوم عليه بالإعدام") names a court's ruling, no
killing; an armed group's killing of a man it accuses stays an attack."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-02-20") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_man_sentenced_to_death_is_no_attack() -> None:
    text = "انتقدت طهران منح الجنسية لباحث إيراني محكوم عليه بالإعدام في إيران بتهمة التجسس."
    assert _subs(text) == []
    text = "وتطالب منظمات بالإفراج عن ناشطة محكوم عليها بالإعدام في إيران بتهمة التجسس."
    assert _subs(text) == []


def test_a_man_executed_by_an_armed_group_stays_an_attack() -> None:
    text = "أعدم تنظيم داعش اليوم رجلا في الموصل بتهمة التجسس."
    assert _subs(text) == ["Attack"]
