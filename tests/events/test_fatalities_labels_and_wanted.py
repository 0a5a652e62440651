"""A number that names a list, an item, a road or a building counts nobody; a wanted man killed
is one dead."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ('قتل مطلوب من "القائمة 23" بطلقات نارية في القطيف اليوم.', 1),
        ("قتل سائق الحافلة رقم 5 في هجوم مسلح في مدينة العريش اليوم.", 1),
        ("قتل 4 أشخاص في هجوم على حاجز على الطريق 15 قرب مدينة العريش اليوم.", 4),
        ("قتلت قوات الأمن مطلوبا في تبادل لإطلاق النار في حي العوامية بالقطيف اليوم.", 1),
        ("قتل 3 مطلوبين في تبادل لإطلاق النار مع قوات الأمن في القطيف اليوم.", 3),
    ],
)
def test_labels_count_nobody_and_a_wanted_man_is_one(text: str, dead: int) -> None:
    events = rasad.extract(text, published="2015-07-27")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == dead
