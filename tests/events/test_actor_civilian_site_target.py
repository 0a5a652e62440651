"""A bomb, grenade or shelling aimed at a place civilians use (a market, a mosque, a shop, a
home) with no armed victims told hit civilians: ACLED's actor2 is the country's civilians. A
site a force owns ("منزل قائد في الحشد") is not one."""

from __future__ import annotations

import rasad


def _remote(text: str) -> dict:
    events = rasad.extract(text, published="2024-05-10")["events"]
    events = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert events, "no bombing or shelling read"
    return events[0]


def test_car_bomb_near_a_mosque_hits_civilians() -> None:
    e = _remote("انفجرت سيارة مفخخة قرب مسجد في مدينة الحلة مساء الجمعة.")
    assert e["actor2"] == "Civilians (Iraq)"


def test_grenade_thrown_at_a_shop() -> None:
    e = _remote("ألقى مجهولون قنبلة يدوية على محل لبيع الملابس في مدينة البصرة.")
    assert e["actor2"] == "Civilians (Iraq)"


def test_bomb_at_a_popular_market() -> None:
    e = _remote("انفجرت عبوة ناسفة قرب سوق شعبي في مدينة بعقوبة صباح اليوم.")
    assert e["actor2"] == "Civilians (Iraq)"


def test_home_of_a_commander_is_not_a_civilian_site() -> None:
    e = _remote("انفجرت عبوة ناسفة قرب منزل قائد في الحشد الشعبي في مدينة بعقوبة.")
    assert e["actor2"] != "Civilians (Iraq)"


def test_army_patrol_near_a_market_is_the_side_hit() -> None:
    e = _remote("انفجرت عبوة ناسفة بدورية للجيش قرب سوق مدينة بعقوبة.")
    assert e["actor2"] != "Civilians (Iraq)"
