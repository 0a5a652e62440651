"""A death verb whose only subject is a singular pronoun ("وأنه قتل على الفور") tells of the one
person the pronoun stands for, not of the unnumbered three; an active verb with people after it
("أنه قتل مسلحين") keeps its reading."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "قالت الشرطة إن سائق الحافلة أصيب برصاص مسلحين في مدينة الموصل الأحد وإنه قتل على الفور.",
        "ذكر مصدر طبي أن الشاب تعرض لإطلاق نار قرب بلدة سراقب أمس وأنه «قتل داخل سيارته».",
        "أفاد شهود بأن الصياد خرج إلى البحر قبالة مدينة رفح وأنه قتل برصاص الجيش أمس.",
    ],
)
def test_a_singular_pronoun_subject_is_one_dead(text: str) -> None:
    events = rasad.extract(text, published="2018-10-20")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الجيش الأفغاني أنه قتل مسلحين من حركة طالبان في ولاية هلمند الأحد.",
        "قال مصدر أمني إنه قتل في الغارة مسلحون من تنظيم داعش في مدينة الموصل الأحد.",
    ],
)
def test_people_after_the_verb_keep_the_unnumbered_dead(text: str) -> None:
    events = rasad.extract(text, published="2018-10-20")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 3
