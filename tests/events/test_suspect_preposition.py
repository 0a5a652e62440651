"""A suspicion about who killed ("يشتبه في أنه قتل") tells the killing itself: its dead count."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_suspected_with_a_preposition_before_that_he_keeps_the_dead() -> None:
    events = events_of(
        "لا تزال الشرطة تبحث منذ مساء الأحد عن رجل يبلغ الثلاثين، يُشتبه في أنه قتل أربعة "
        "أشخاص عندما فتح النار داخل مطعم في ناشفيل. وتواصل الشرطة البحث عن مشتبه بقتله أربعة "
        "أشخاص في مطعم بالقرب من ناشفيل.",
        "2018-04-23",
    )
    assert [e["fatalities"] for e in events] == [4]
