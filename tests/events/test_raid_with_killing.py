"""A raid is an arrest unless the raided are killed or fire is exchanged: then the raid is the
clash the killing tells, and no arrest row is made of it. An arrest word of its own still
makes an arrest."""

from __future__ import annotations

import rasad


def _types(text: str) -> list[tuple[str, int]]:
    out = rasad.extract(text, published="2018-03-29")
    return [(e["sub_event_type"], e["fatalities"]) for e in out["events"]]


def test_a_raid_that_kills_is_no_arrest() -> None:
    assert _types(
        "القاهرة (رويترز) - داهمت قوات الأمن المصرية الأربعاء وكرا للمسلحين في العريش وقتلت 6 "
        "منهم."
    ) == [("Armed clash", 6)]


def test_a_raid_with_arrests_is_an_arrest() -> None:
    assert _types(
        "القاهرة (رويترز) - داهمت قوات الأمن المصرية الأربعاء وكرا للمسلحين في العريش واعتقلت 6 "
        "منهم."
    ) == [("Arrests", 0)]


def test_a_raid_told_after_the_clash_adds_no_arrest() -> None:
    assert _types(
        "القاهرة (رويترز) - أعلنت وزارة الداخلية المصرية الأربعاء مقتل 9 مسلحين في تبادل لإطلاق "
        "النار مع الشرطة في العريش. وقالت الوزارة إن القوات داهمت المسلحين في مزرعة بالعريش "
        "وقتلت 9 منهم عقب تبادل لإطلاق النار."
    ) == [("Armed clash", 9)]
