"""An interceptor named as equipment ("صاروخ اعتراض", "منصة اعتراض") is a capability, not a
weapon stopped (no Disrupted weapons use); an interception told as done stays one. Attacks
that air defences brace for ("يتهيأ لمواجهة إمكان شن هجمات") are still to come."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2019-03-02") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_interceptor_missiles_deployed_are_no_interception() -> None:
    text = "نشرت الولايات المتحدة في اليابان عشرة صواريخ اعتراض جديدة يوم السبت."
    assert "Disrupted weapons use" not in _subs(text)


def test_an_interceptor_launch_pad_is_no_interception() -> None:
    text = "وقصفت الطائرات الإسرائيلية منصة صواريخ اعتراض قرب دمشق يوم السبت."
    assert "Disrupted weapons use" not in _subs(text)


def test_an_interception_done_is_a_disrupted_weapons_use() -> None:
    text = "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا فوق نجران يوم السبت."
    assert _subs(text) == ["Disrupted weapons use"]


def test_attacks_braced_for_as_a_possibility_are_no_attack() -> None:
    text = "وقال الجيش إنه يتهيأ لمواجهة إمكان شن هجمات صاروخية على مدن الشمال."
    assert _subs(text) == []
