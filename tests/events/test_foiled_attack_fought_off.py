"""An attack foiled with men killed or a fight told in its sentence ("أحبطت القوات هجوما …
وقتلت خمسة من المهاجمين") was fought off: one armed clash (ACLED), not a weapon stopped
(Disrupted weapons use) beside the killing. A foiled attack with no one killed stays a weapon
stopped."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2017-09-14") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_foiled_attack_with_attackers_killed_is_one_clash() -> None:
    text = "وأحبطت قوات الأمن المصرية هجوما على حاجز أمني في العريش وقتلت خمسة من المهاجمين."
    assert _subs(text) == ["Armed clash"]


def test_attack_noun_foiled_with_the_killing_told_is_one_clash() -> None:
    text = "أحبطت قوات الجيش هجوما لمسلحي داعش على قرية شرق الرمادي وقتلت عشرة منهم."
    assert _subs(text) == ["Armed clash"]


def test_foiled_attack_with_soldiers_killed_in_the_clashes_is_one_clash() -> None:
    text = (
        "وأعلن الجيش الأربعاء إحباط هجوم لمسلحين على موقع عسكري قرب تلعفر، وقتل في الاشتباكات جندي."
    )
    assert _subs(text) == ["Armed clash"]


def test_foiled_car_bomb_with_no_one_killed_stays_disrupted() -> None:
    text = "وأحبطت الشرطة هجوما بسيارة مفخخة على كنيسة في المدينة دون وقوع إصابات."
    assert _subs(text) == ["Disrupted weapons use"]
