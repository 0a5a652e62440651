"""A crash or a road accident with no hostile act named is no event (ACLED codes no accidents):
the crash told again with a pronoun or the article ("بعد تحطمها", "قبل التحطم") is the same
intransitive "تحطم", not a riot's smashing; a tanker colliding or bursting on a road is no
bombing. A tanker rigged as a bomb, or blown up by an attacker, stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2019-04-16")["events"]]


def test_a_helicopter_crash_told_again_with_a_pronoun_is_no_clash() -> None:
    text = (
        "لقي جنديان من سلاح الجو الأردني مصرعهما بعد تحطم الطائرة العمودية العسكرية من طراز "
        '"بلاك هوك" بعد تحطمها شرق الأردن، خلال تدريب عسكري, وفقا لما نشره موقع الجيش اليوم '
        "الثلاثاء."
    )
    assert _subs(text) == []


def test_a_helicopter_shaking_before_its_crash_is_no_air_strike() -> None:
    text = (
        "قتل تسعة جنود أفغان حين ارتجت المروحية العسكرية بقوة قبل تحطمها في ضواحي مدينة "
        "قندهار."
    )
    assert _subs(text) == []


def test_a_tanker_colliding_and_bursting_is_no_bombing() -> None:
    text = (
        "لقي أربعة سائقين حتفهم إثر اصطدام صهريج وقود بشاحنة نقل وانفجاره على طريق المطار "
        "قرب مدينة الموصل فجر الاثنين."
    )
    assert _subs(text) == []


def test_a_tanker_bursting_after_a_collision_is_no_bombing() -> None:
    text = (
        "انفجرت ناقلة وقود بعد اصطدامها بحافلة على الطريق الدولي قرب مدينة إدلب ما أدى إلى "
        "مقتل خمسة ركاب."
    )
    assert _subs(text) == []


def test_a_tanker_rigged_as_a_bomb_stays_a_bombing() -> None:
    text = "انفجر صهريج وقود مفخخ قرب حاجز للشرطة في مدينة الموصل ما أدى إلى مقتل ثلاثة شرطيين."
    assert _subs(text) != []


def test_a_tanker_blown_up_by_a_suicide_bomber_stays_an_attack() -> None:
    text = "فجر انتحاري صهريج وقود عند حاجز للشرطة في مدينة الموصل ما أدى إلى مقتل ثلاثة شرطيين."
    assert _subs(text) == ["Suicide bomb"]
