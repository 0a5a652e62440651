"""A count of "others" killed with one person ("العقيد …، قتل مع 9 آخرين") adds that one
person to them, like a count of his companions ("مع 9 من مرافقيه"); a plural verb tells of
several people and adds no one."""

from __future__ import annotations

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-07-02")["events"]]


def test_the_one_killed_with_others_counts_too() -> None:
    text = (
        "وقال مصدر عسكري إن قائد الميليشيا في مديرية حيس، العقيد ناصر الوادعي، قتل مع 9 آخرين"
        " من عناصره خلال المواجهات."
    )
    assert fatalities(text) == [10]


def test_a_plural_verb_with_others_adds_no_one() -> None:
    text = "وقال مصدر عسكري إن عناصر من الميليشيا قتلوا مع 9 آخرين خلال المواجهات في مديرية حيس."
    assert 10 not in fatalities(text)
