"""A rocket launched to space is no missile fire: a space rocket ("صاروخا فضائيا") or one
carrying a satellite or a craft to orbit. A missile fired at a town stays a shelling, also when
it is told to go on "على مدار الساعة" (around the clock, no orbit)."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-04-10")["events"]]


def test_a_rocket_carrying_a_satellite_is_no_missile_attack() -> None:
    text = "أطلقت الهند صاروخا يحمل قمرا صناعيا للاتصالات من جزيرة سريهاريكوتا صباح الأربعاء."
    assert _subs(text) == []


def test_a_space_rocket_launched_is_no_missile_attack() -> None:
    text = "وأطلقت كوريا الشمالية صاروخا فضائيا من قاعدة سوهاي غرب البلاد يوم الأحد."
    assert _subs(text) == []


def test_a_satellite_launched_on_a_rocket_is_no_missile_attack() -> None:
    text = "ووضعت إيران قمرا صناعيا في المدار بعد أن أطلقت صاروخا من قاعدة في سمنان."
    assert _subs(text) == []


def test_missiles_fired_around_the_clock_stay_a_shelling() -> None:
    text = "قصفت القوات الحكومية بلدة اللطامنة في ريف حماة بالصواريخ على مدار الساعة أمس."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_a_missile_fired_at_a_city_stays_a_shelling() -> None:
    text = "أطلق مسلحون صاروخا على مدينة سديروت صباح الأربعاء دون أن يسفر عن إصابات."
    assert _subs(text) == ["Shelling/artillery/missile attack"]
