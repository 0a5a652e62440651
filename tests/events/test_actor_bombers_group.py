"""The group suicide bombers belong to made the bombing ("مقتل سبعة انتحاريين ينتمون إلى
طالبان"): it is actor1, though counted dead men's group is otherwise the side hit. Men of a
group killed by a bombing ("وقتل في التفجير ثلاثة من عناصر داعش") stay the side hit."""

from __future__ import annotations

import rasad


def _bombings(text: str) -> list[dict]:
    events = rasad.extract(text, published="2020-05-10")["events"]
    return [e for e in events if e["sub_event_type"] == "Suicide bomb"]


def test_dead_bombers_group_is_actor1() -> None:
    text = (
        "كابول - قال مسؤولون أفغان إن مقتل ستة انتحاريين ينتمون إلى حركة طالبان بعد أن "
        "هاجموا مقرا للشرطة في ولاية هلمند يوم الأحد."
    )
    events = _bombings(text)
    assert events, "no bombing read"
    assert events[0]["actor1"] == "Taliban"
    assert events[0]["actor2"] != "Taliban"


def test_bombers_from_a_group_are_that_groups_act() -> None:
    text = (
        "مقديشو - قتل أربعة جنود صوماليين يوم الأحد في هجوم نفذه انتحاريان من حركة الشباب "
        "على قاعدة عسكرية في بلدة بلدوين."
    )
    events = _bombings(text)
    assert events, "no bombing read"
    assert events[0]["actor1"] == "Al Shabaab"
    assert events[0]["actor2"] == "Military Forces of Somalia"


def test_group_members_killed_by_a_bombing_stay_the_side_hit() -> None:
    text = (
        "بغداد - انفجرت سيارة يقودها انتحاري قرب مقر في مدينة بعقوبة يوم الجمعة، وقتل في "
        "التفجير الانتحاري أربعة من عناصر تنظيم داعش."
    )
    events = _bombings(text)
    assert events, "no bombing read"
    assert all(e["actor1"] != "Islamic State (Iraq)" for e in events)
