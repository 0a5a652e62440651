"""People trapped in a well, a lift or under rubble ("احتجاز شخصين داخل بئر") are no arrest:
"احتجاز" there is being caught in a place, a rescue story (triggers.yaml "arrest",
cues.yaml "trapping_places"). Someone held by the police stays an arrest."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-08-20")["events"]]


def test_two_men_trapped_in_a_well_are_no_arrest() -> None:
    text = "تلقى الدفاع المدني بلاغا يفيد باحتجاز رجلين داخل بئر في قرية قرب مدينة تبوك."
    assert _subs(text) == []


def test_workers_trapped_under_rubble_are_no_arrest() -> None:
    text = "أعلن الدفاع المدني احتجاز ثلاثة عمال تحت الأنقاض بعد انهيار مبنى في مدينة جدة."
    assert _subs(text) == []


def test_men_held_by_the_police_stay_an_arrest() -> None:
    text = "احتجزت الشرطة السعودية رجلين في مدينة تبوك بتهمة تهريب الأسلحة."
    assert _subs(text) == ["Arrests"]


def test_two_men_suffocated_in_a_well_are_no_attack() -> None:
    text = "لقي رجلان مصرعهما إثر اختناقهما داخل بئر مهجورة في قرية قرب مدينة تبوك."
    assert _subs(text) == []
