"""A passenger or cargo plane named in the clause is what a bomb befell, never a striker: its
air word does not make the act an air strike; an aircraft of its own in the clause does."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    events = rasad.extract(text, published="2018-05-10")["events"]
    return [e["sub_event_type"] for e in events]


def test_a_bombed_passenger_plane_is_no_air_strike() -> None:
    text = (
        "أعلنت السلطات المصرية الأحد أن التحقيقات أثبتت أن تفجير طائرة الركاب الروسية فوق "
        "سيناء نفذه تنظيم داعش بقنبلة زرعت في الطائرة."
    )
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_an_air_raid_near_an_airport_of_passenger_planes_stays_an_air_strike() -> None:
    text = (
        "قتل خمسة مدنيين في غارة شنتها طائرات حربية على قرية قرب مطار تستخدمه طائرات الركاب "
        "في محافظة إدلب الأحد."
    )
    assert _subs(text) == ["Air/drone strike"]
