"""A named force counted after a day word ("وقتل مسلحون اليوم خمسة من عناصر الشرطة") is the
death verb's object: the verb is active, the gunmen killed and the police were hit."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize("day", ["اليوم", "الثلاثاء", "مساء أمس"])
def test_counted_police_after_a_day_word_are_the_side_hit(day: str) -> None:
    text = f"وقتل مسلحون {day} أربعة من عناصر الشرطة في هجوم على حاجز قرب مدينة الرمادي."
    events = rasad.extract(text, published="2019-10-08")["events"]
    assert events, "no event read"
    assert events[0]["actor1"] == "Unidentified Armed Group (Iraq)"
    assert events[0]["actor2"] == "Police Forces of Iraq (2018-2020)"
