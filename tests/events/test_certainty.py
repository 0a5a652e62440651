"""Certainty follows the gold convention: a named source or the outlet asserts; activists,
unnamed media, rumours and hedges only report; a party's denial denies."""

from __future__ import annotations

import pytest

from .helpers import only_event


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات النظام مدينة معرة النعمان بالمدفعية الثقيلة.",
        "وأعلنت الشرطة أن مسلحين من داعش هاجموا نقطة تفتيش في الموصل واشتبكوا معها.",
        "وقال المرصد السوري لحقوق الإنسان إن الطيران الروسي شن غارات على معرة النعمان.",
        "قال مصدر أمني إن عبوة ناسفة انفجرت بدورية للجيش العراقي في بغداد.",
    ],
)
def test_the_outlet_or_a_named_source_asserts(text: str) -> None:
    assert only_event(text).certainty == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "وأفاد ناشطون بأن قوات النظام قصفت بلدة دوما بقذائف الهاون.",
        "وذكرت وسائل إعلام موالية أن الجيش السوري اشتبك مع داعش في البادية.",
        "وتحدثت أنباء عن غارات للطيران الروسي على معرة النعمان.",
        "وتناقلت مواقع التواصل صورا لقصف على أحياء مدينة تعز.",
        "وقالت قوات النظام إن طائراتها قصفت مواقع في إدلب، ويعتقد أن القصف طال مدرسة.",
    ],
)
def test_unnamed_voices_and_hedges_only_report(text: str) -> None:
    assert only_event(text).certainty == "reported"


def test_a_named_source_beside_activists_asserts() -> None:
    e = only_event("وقال المرصد السوري وناشطون إن قوات النظام قصفت مدينة سراقب.")
    assert e.certainty == "asserted"
    assert "Activists" in e.claimed_by and "Syrian Observatory" in e.claimed_by


def test_denial_wins_over_any_source() -> None:
    e = only_event(
        "وقال ناشطون إن قوات النظام اعتقلت عشرات الشبان في دوما. "
        "ونفت قوات النظام اعتقال أي شخص في دوما."
    )
    assert e.certainty == "denied"
