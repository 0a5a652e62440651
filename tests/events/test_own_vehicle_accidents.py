"""A driver losing control of the vehicle he drives is an accident, no attack (cues.yaml
"nonviolent_causes"): "control" of one's own car is the wheel, no ground taken. Gunmen firing
on a car stay an event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2021-02-09")["events"]]


def test_a_woman_who_lost_control_of_her_car_made_no_attack() -> None:
    text = (
        "قالت الشرطة السبت إن امرأة فقدت السيطرة على سيارتها على طريق سريع في مدينة الدمام "
        "وصدمت رجلا ما أدى إلى مقتله."
    )
    assert _subs(text) == []


def test_a_lorry_whose_driver_lost_control_is_no_attack() -> None:
    text = "قال الدفاع المدني إن سائقا فقد السيطرة على الشاحنة قرب مدينة تبوك فقتل ثلاثة مارة."
    assert _subs(text) == []


def test_gunmen_firing_on_a_car_stay_an_event() -> None:
    text = "أطلق مسلحون النار على سيارة ضابط في مدينة الدمام صباح السبت فقتلوه."
    assert _subs(text) != []
