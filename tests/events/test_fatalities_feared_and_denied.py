"""Deaths feared, or denied together with other losses, are no reported deaths (ACLED codes
reported deaths only; none reported → 0)."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت عبوة ناسفة صباح الاثنين قرب مبنى البلدية في مدينة بيشاور. "
        "وقال مسؤولون إنهم يخشون سقوط ضحايا.",
        "انفجرت عبوة ناسفة صباح الاثنين قرب مبنى البلدية في مدينة بيشاور وسط مخاوف من سقوط قتلى.",
        "انفجرت عشرون قنبلة يدوية الصنع في مدينة داكا يوم الأربعاء "
        "دون أن ترد أنباء عن سقوط أضرار مادية أو ضحايا.",
        "انفجرت عبوة ناسفة في سوق مدينة بيشاور، ولم تسفر عن خسائر بشرية أو قتلى.",
    ],
)
def test_feared_or_denied_deaths_count_none(text: str) -> None:
    events = rasad.extract(text, published="2013-02-18")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 0


def test_reported_unnumbered_deaths_still_count() -> None:
    text = "انفجرت عبوة ناسفة في سوق مدينة بيشاور صباح اليوم مما أدى إلى سقوط ضحايا."
    events = rasad.extract(text, published="2013-02-18")["events"]
    assert events, "no event read"
    assert events[0]["fatalities"] == 3
