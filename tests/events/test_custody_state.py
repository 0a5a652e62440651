"""In custody ("قيد الاعتقال", "رهن الاحتجاز") is a state that goes on, no arrest made; placed
in custody ("وضعته رهن الاعتقال") is the arrest."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-03-04") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_prisoners_kept_in_custody_are_no_abduction() -> None:
    text = (
        "وقالت الوزارة الأحد إن القوات الأمريكية أبقت عشرين مقاتلا من طالبان قيد الاحتجاز في"
        " سجن باغرام."
    )
    assert _subs(text) == []


def test_opponents_languishing_in_detention_make_no_new_arrest() -> None:
    text = (
        "وقالت منظمة العفو إن مئات المعارضين يقبعون رهن الاعتقال لدى قوات الأمن السورية في دمشق."
    )
    assert _subs(text) == []


def test_placing_a_man_in_custody_is_the_arrest() -> None:
    text = "وأوقفت الشرطة المغربية الأحد شابا في الدار البيضاء ووضعته رهن الاعتقال."
    assert _subs(text) == ["Arrests"]
