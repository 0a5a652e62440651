"""The side of dead counted by a bare noun: soldiers or policemen ("3 جنود") are the mention's
one state force, attackers or gunmen ("4 من المهاجمين") its one armed group, so their dead add
to the other side's; an inferred side never sets one account apart from another sentence's."""

from __future__ import annotations

import rasad


def _tolls(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2024-03-10")["events"]]


def test_the_attackers_dead_add_to_the_police_dead() -> None:
    text = "قتل 6 من عناصر الشرطة في هجوم لمسلحين على حاجز في مدينة العريش، وقتل 4 من المهاجمين."
    assert _tolls(text) == [10]


def test_soldiers_and_security_forces_told_apart_stay_rival_accounts() -> None:
    # the two soldiers and the two of the security forces may be the same two men
    text = (
        "أعلن الجيش العراقي، السبت، إحباط هجوم شنه عناصر تنظيم داعش في محافظة الأنبار غربي "
        "البلاد، وقتل في الاشتباكات جنديان.\nمن جهته، أفاد مصدر أمني في محافظة الأنبار بمقتل "
        "اثنين من القوات الأمنية، خلال صد الهجوم."
    )
    # one clash (the attack foiled with soldiers killed in the clashes): its toll 2, not 4
    assert _tolls(text) == [2]
