"""An attack noun a word of foiling governs a few words before it tells an attack prevented
(ACLED: Strategic developments / Disrupted weapons use), not one that took place; an attack
told apart from the foiling stays the attack it is."""

from __future__ import annotations

import rasad


def _types(text: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published="2018-05-10")["events"]
    return sorted((e["event_type"], e["sub_event_type"]) for e in events)


_DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def test_attacks_foiled_with_words_between_are_disrupted() -> None:
    text = "وأحبطت قوات الأمن الأحد عدة هجمات كان يخطط لها التنظيم في مدينة الموصل."
    assert _types(text) == [_DISRUPTED]


def test_a_foiled_drone_attack_is_no_air_strike() -> None:
    text = (
        "وأعلن التحالف العربي إحباط محاولة هجوم حوثي باستخدام طائرات مسيرة على مدينة جازان الأحد."
    )
    assert _types(text) == [_DISRUPTED]


def test_an_attack_before_another_foiled_stays_the_attack() -> None:
    text = (
        "شن مسلحون هجوما على حاجز للجيش في مدينة العريش الأحد، وقتلوا جنديين، فيما أحبطت "
        "القوات هجوما آخر."
    )
    assert ("Battles", "Armed clash") in _types(text)


def test_attacks_the_army_would_foil_leave_the_attack_told() -> None:
    text = (
        "قالت الحكومة إن الهجوم على قرية في ولاية بورنو الأحد أدى إلى مقتل عشرة مدنيين، "
        "وإن الجيش يعمل على إحباط أي هجمات جديدة."
    )
    assert ("Violence against civilians", "Attack") in _types(text)
