""" "أعداد" (numbers: "بأعداد كبيرة") and the credit "إعداد" (prepared by) normalise to one word:
a crowd counted in numbers is still a report, a credit line is not."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر سكان البصرة أمس بأعداد كبيرة للمطالبة بالكهرباء.",
        "تظاهر الطلاب في الموصل يوم الأحد باعداد غفيرة ضد الفساد.",
        "تظاهرت أعداد من العمال أمام وزارة المالية في الخرطوم أمس احتجاجا على تأخر الرواتب.",
    ],
)
def test_a_crowd_in_numbers_is_a_protest(text: str) -> None:
    events = rasad.extract(text, published="2024-03-11")["events"]
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت عبوة ناسفة بدورية للجيش في كركوك أمس (اعداد سامي حسن للنشرة العربية).",
        "انفجرت عبوة ناسفة بدورية للجيش في كركوك أمس. إعداد سامي حسن.",
    ],
)
def test_a_credit_line_is_still_no_report(text: str) -> None:
    events = rasad.extract(text, published="2024-03-11")["events"]
    assert all(
        "إعداد" not in e["evidence"]["text"] and "اعداد" not in e["evidence"]["text"]
        for e in events
    )
