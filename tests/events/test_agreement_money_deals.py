"""A deal told by its money, its fund or its credit line ("وقعت اتفاقيتين بقيمة 10 مليارات
دولار لتأسيس صندوق استثماري", "اتفاقية خط ائتماني") is business or finance, not ACLED's
Agreement between sides of a conflict; a truce signed by the sides still is one."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-05-21") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_two_deals_worth_billions_for_a_fund_are_no_agreement_event() -> None:
    text = (
        "وقع البلدان في الرياض الأحد اتفاقيتين بقيمة عشرة مليارات دولار لتأسيس صندوق "
        "استثماري مشترك في قطاع الطاقة."
    )
    assert _subs(text) == []


def test_a_credit_line_signed_with_damascus_is_no_agreement_event() -> None:
    text = "وقعت طهران الأحد اتفاقية خط تسهيل ائتماني جديد مع دمشق لتمويل واردات النفط."
    assert _subs(text) == []


def test_a_truce_signed_by_the_sides_stays_an_agreement() -> None:
    text = "وقعت الفصائل المسلحة وقوات الحكومة في درعا الأحد اتفاق هدنة يقضي بوقف القتال."
    assert _subs(text) == ["Agreement"]
