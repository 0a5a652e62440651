"""The object of an act a threat verb governs with "بـ" is threatened too, however far the
verb stands ("هددت الحركة في تسجيل … باستخدام مهاجمين انتحاريين"): no bombing told
(events/threat_scope.threat_joined). A past verb opening a clause of its own is done."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2013-03-23")["events"]]


def test_bombers_a_far_threat_names_as_its_means_are_no_bombing() -> None:
    text = (
        "هددت حركة طالبان الباكستانية في تسجيل مصور بثته مواقع التواصل يوم السبت باستخدام "
        "مهاجمين انتحاريين ضد مراكز الاقتراع في كراتشي."
    )
    assert _subs(text) == []


def test_a_bombing_told_after_the_threat_clause_is_done() -> None:
    text = "هددت الحركة الحكومة، ثم فجر انتحاري نفسه في سوق بمدينة كراتشي يوم السبت."
    assert _subs(text) == ["Suicide bomb"]
