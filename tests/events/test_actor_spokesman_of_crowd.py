"""A spokesman "باسم المتظاهرين" is not the crowd he speaks for: an attack on him has no
protesters for a doer (the unidentified armed group ACLED codes instead)."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "نجا متحدث باسم المتظاهرين في مدينة الفلوجة من محاولة اغتيال بإطلاق نار أمس.",
        "تقول الشرطة إن الجميلي، وهو متحدث باسم المعتصمين في سامراء، نجا من محاولة اغتيال "
        "الأسبوع الماضي.",
    ],
)
def test_the_spokesmans_crowd_is_not_who_attacked_him(text: str) -> None:
    events = rasad.extract(text, published="2013-03-06")["events"]
    assert events, "no event read"
    for e in events:
        assert not (e["actor1"] or "").startswith(("Protesters", "Rioters", "Civilians"))
