"""A small place the article names once with a place noun ("منطقة البرح") is that place when
named again bare after "على", "من" or "بين" ("بسيطرة القوات على البرح"), leads too weak alone
for a hamlet. Without the place noun earlier the bare name after "على" stays unread."""

from __future__ import annotations

import rasad


def _mentions(text: str) -> list[tuple[str, str]]:
    places = rasad.extract(text, published="2024-05-01")["places"]
    return [(p["mention"], p["name"]) for p in places]


def test_hamlet_named_again_after_ala_is_the_same_place():
    text = (
        "اندلعت اشتباكات عنيفة في منطقة البرح غربي تعز أمس. "
        "وقال مصدر عسكري إن المعارك انتهت بسيطرة القوات الحكومية على البرح بعد ساعات."
    )
    assert _mentions(text).count(("البرح", "Al Barh")) == 2


def test_hamlet_named_again_after_min_is_the_same_place():
    text = (
        "قصفت المدفعية قرية البرح غربي تعز. وانسحب المسلحون من البرح باتجاه الجبال."
    )
    assert _mentions(text).count(("البرح", "Al Barh")) == 2


def test_bare_hamlet_after_ala_alone_stays_unread():
    text = "وقال مصدر عسكري إن المعارك انتهت بسيطرة القوات الحكومية على البرح بعد ساعات."
    assert ("البرح", "Al Barh") not in _mentions(text)
