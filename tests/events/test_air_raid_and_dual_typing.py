"""Strikes and interceptions told in forms the lexicon missed, from a fourteenth-session audit:
two missiles intercepted (the dual), the raid verb with the air arm as its subject, and strikes
launched by the air arm."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return sorted(e["sub_event_type"] for e in rasad.extract(text, published=published)["events"])


# ---- the dual: two missiles, two drones ----------------------------------------------------------
def test_two_missiles_intercepted_are_disrupted_weapons_use() -> None:
    text = "واعترضت الدفاعات الجوية السعودية أمس صاروخين فوق مدينة نجران."
    assert _subs(text) == ["Disrupted weapons use"]


def test_two_drones_intercepted_are_disrupted_weapons_use() -> None:
    text = "واعترضت القوات الأمريكية أمس طائرتين مسيرتين قرب قاعدة التنف."
    assert _subs(text) == ["Disrupted weapons use"]


def test_objecting_to_two_decisions_is_no_interception() -> None:
    text = "واعترض النواب أمس على قرارين للحكومة في جلسة البرلمان في عمان."
    assert _subs(text) == []
