"""The verb "أسقط" with an aircraft as its subject and bombs as its object tells an air strike
("أسقطت طائرة حربية قنبلتين على البلدة"), not an aircraft shot down; the aircraft's owner named
"تابعة لـ" after it is the striker. An aircraft downed, with no bomb it drops, stays a
shoot-down, and leaflets dropped are no attack."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2016-05-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_a_warplane_dropping_a_bomb_is_an_air_strike() -> None:
    text = "أسقطت طائرة حربية تابعة للنظام السوري قنبلة على بلدة كفرنبل بريف إدلب صباح الاثنين."
    events = _events(text)
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]
    assert events[0]["actor1"].startswith("Military Forces of Syria")
    assert events[0]["actor2"] is None


def test_a_helicopter_dropping_barrels_is_an_air_strike() -> None:
    text = "أسقطت مروحية عسكرية برميلين على قرية الهبيط في ريف إدلب يوم الاثنين."
    assert [e["sub_event_type"] for e in _events(text)] == ["Air/drone strike"]


def test_a_warplane_shot_down_stays_a_clash() -> None:
    text = "أسقطت فصائل المعارضة طائرة حربية تابعة للنظام فوق بلدة كفرنبل يوم الاثنين."
    assert [e["sub_event_type"] for e in _events(text)] == ["Armed clash"]


def test_a_warplane_shot_down_with_a_missile_stays_a_clash() -> None:
    text = "أسقطت فصائل المعارضة طائرة حربية بصاروخ حراري فوق بلدة كفرنبل يوم الاثنين."
    assert [e["sub_event_type"] for e in _events(text)] == ["Armed clash"]


def test_leaflets_dropped_are_no_event() -> None:
    text = "أسقطت طائرات حربية منشورات على مدينة كفرنبل تدعو السكان إلى المغادرة يوم الاثنين."
    assert _events(text) == []


def test_bombs_defused_stay_a_disrupted_weapon() -> None:
    text = "تمكن خبراء الجيش من إبطال مفعول قنبلتين زرعهما مجهولون قرب طريق في مدينة طرابلس."
    assert [e["sub_event_type"] for e in _events(text)] == ["Disrupted weapons use"]
