"""A drone called "suicide" (a loitering munition) strikes from the air: ACLED's Air/drone
strike, not a suicide bombing, which a bomber carries out on the ground."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2019-01-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_suicide_drone_attacking_a_base_is_a_drone_strike() -> None:
    text = "هاجمت طائرة مسيرة انتحارية قاعدة عسكرية في محافظة لحج صباح الخميس."
    assert _subs(text) == ["Air/drone strike"]


def test_suicide_in_brackets_after_drones_is_a_drone_strike() -> None:
    text = "قتل ثلاثة جنود في هجوم بطائرات مسيرة (انتحارية) على معسكر في محافظة لحج الخميس."
    assert _subs(text) == ["Air/drone strike"]


def test_a_suicide_drone_named_with_no_pilot_is_a_drone_strike() -> None:
    text = "قتل جنديان في هجوم بطائرة بدون طيار انتحارية على موقع في محافظة مأرب الخميس."
    assert _subs(text) == ["Air/drone strike"]


def test_a_suicide_bomber_in_a_car_stays_a_suicide_bombing() -> None:
    text = "قتل ثلاثة جنود في هجوم انتحاري بسيارة مفخخة على معسكر في محافظة لحج الخميس."
    assert _subs(text) == ["Suicide bomb"]
