"""An explosion in the body is a medical event, no bombing: a burst blood vessel, artery or
appendix. A bomb exploding near a heart hospital stays an explosion."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-04-10")["events"]]


def test_a_burst_blood_vessel_is_no_bombing() -> None:
    text = "توفي لاعب شاب في مدينة الموصل أمس إثر انفجار في الأوعية الدموية أثناء التدريب."
    assert _subs(text) == []


def test_a_burst_appendix_is_no_bombing() -> None:
    text = "ونقل الطفل إلى مستشفى في مدينة حمص بعد انفجار الزائدة الدودية مساء الثلاثاء."
    assert _subs(text) == []


def test_a_burst_artery_in_the_brain_is_no_bombing() -> None:
    text = "وأعلنت عائلة المطرب وفاته في القاهرة إثر انفجار شريان في المخ صباح اليوم."
    assert _subs(text) == []


def test_a_bomb_near_a_heart_hospital_stays_an_explosion() -> None:
    text = "وقع انفجار قرب مستشفى القلب في مدينة الموصل صباح الثلاثاء وأصيب ثلاثة مدنيين."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
