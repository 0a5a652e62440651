"""An act told in a war named by its name ("خلال الحرب العالمية الثانية", "إبان حرب الخليج",
"في حرب أكتوبر") is history, decades old, not news of the article's day."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-08-06") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_a_bridge_bombed_in_the_gulf_war_is_history() -> None:
    text = "وقال المهندس إن الطائرات الأمريكية قصفت جسر الجمهورية في بغداد إبان حرب الخليج."
    assert _subs(text) == []


def test_a_port_bombed_in_the_second_world_war_is_history() -> None:
    text = "وقال المؤرخ إن الطائرات البريطانية قصفت ميناء طبرق خلال الحرب العالمية الثانية."
    assert _subs(text) == []


def test_a_strike_on_the_day_stays_an_event() -> None:
    text = "وقصفت الطائرات الأمريكية أمس جسرا في شمال بغداد."
    assert _subs(text) == ["Air/drone strike"]
