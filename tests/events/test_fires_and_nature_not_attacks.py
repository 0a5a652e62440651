"""A fire told in the accusative ("إن حريقا اندلع") names its cause as plainly as "حريق", and the
explosions of nature (a solar flare, a meteor, a volcano) are no bombs: none is an event. A fire
set by gunmen stays an attack."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2016-11-20")["events"]]


def test_deaths_in_a_fire_told_in_the_accusative_are_no_attack() -> None:
    text = (
        "وأعلن الدفاع المدني أن حريقا شب فجر الأحد في فندق بمدينة طرطوس وأسفر عن مقتل "
        "تسعة نزلاء."
    )
    assert _subs(text) == []


def test_a_fire_started_by_gunmen_stays_an_attack() -> None:
    text = (
        "وأعلنت الشرطة أن مسلحين أضرموا حريقا في سوق بمدينة طرطوس الأحد مما أدى إلى مقتل "
        "تسعة أشخاص."
    )
    assert _subs(text) == ["Attack"]


def test_solar_explosions_are_no_bombing() -> None:
    text = "وتسببت الانفجارات الشمسية القوية أمس في تعطل شبكات الاتصال في المغرب."
    assert _subs(text) == []


def test_a_meteor_exploding_over_a_town_is_no_bombing() -> None:
    text = "وأدى انفجار نيزك فوق بلدة قرب مدينة أورينبورغ الروسية أمس إلى تحطم نوافذ المنازل."
    assert _subs(text) == []

