"""A span counted with a feminine noun ("خلال ست سنوات", "خلال ثلاث سنوات") or a counted span
after "منذ" ("منذ نحو أربعة أشهر", "منذ عامين") close after the trigger sums acts up over
months or years: no one day's event. An act ranked against such a span ("الأعنف منذ ستة
أشهر") keeps its own day."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2016-09-14")["events"]]


def test_attacks_over_six_years_are_no_event() -> None:
    text = "ونفذت حركة الشباب هجمات دامية في جنوب الصومال خلال ست سنوات من القتال."
    assert _subs(text) == []


def test_arrests_over_three_years_are_no_event() -> None:
    text = "واعتقلت السلطات مئات الناشطين في مدينة القطيف خلال ثلاث سنوات."
    assert _subs(text) == []


def test_strikes_carried_out_for_about_four_months_are_no_event() -> None:
    text = "وتساعد الغارات الجوية التي يشنها التحالف منذ نحو أربعة أشهر القوات الحكومية في تعز."
    assert _subs(text) == []


def test_strikes_ranked_against_the_span_keep_their_day() -> None:
    text = "وشنت الطائرات الحربية غارات على مدينة إدلب أمس هي الأعنف منذ ستة أشهر."
    assert _subs(text) == ["Air/drone strike"]
