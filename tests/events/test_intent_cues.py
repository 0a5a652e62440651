"""Insistence, resolve, aim and preparation name an act still wanted, not one that happened
(cues.yaml, modality.irrealis). Full pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "sentence",
    [
        "وتصر الحكومة، اليوم الثلاثاء، على استعادة السيطرة على بلدة الصنمين بريف درعا.",
        "ودفعت القوات تعزيزات إلى ريف حماة الشمالي، اليوم الثلاثاء، تمهيدا لاقتحام بلدة اللطامنة.",
        "وأكد قائد ميداني أن قواته عازمة على تحرير مدينة زبيد من قبضة الحوثيين.",
    ],
    ids=["insist", "prepare", "resolve"],
)
def test_a_wanted_capture_is_no_capture(sentence: str) -> None:
    events = rasad.extract(sentence, published="2019-03-12")["events"]
    assert not [e for e in events if e["event_type"] == "Battles"], events


def test_a_capture_that_happened_is_kept() -> None:
    text = "سيطرت قوات النظام، اليوم الثلاثاء، على بلدة الصنمين بريف درعا بعد معارك مع الفصائل."
    events = rasad.extract(text, published="2019-03-12")["events"]
    assert [e["sub_event_type"] for e in events] == ["Government regains territory"]
