"""Confrontations ("مواجهات") in which a state force shoots civilians, with no fighter and no
armed group named, are a crowd facing the force (ACLED: Riots / Violent demonstration, the
force as actor2), not an armed clash of the force against nobody. A fighter who fell, an
armed group named, or "اشتباكات" keep the battle."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2018-10-04") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_a_child_shot_by_the_army_in_confrontations_is_a_riot() -> None:
    text = (
        "قُتل طفل فلسطيني يبلغ من العمر 15 عاما برصاص الجيش الإسرائيلي، الأربعاء، فيما أصيب "
        "15 آخرون خلال مواجهات عند حاجز بيت حانون شمالي قطاع غزة."
    )
    evs = _events(text)
    assert [e["sub_event_type"] for e in evs] == ["Violent demonstration"]
    assert evs[0]["actor2"].startswith("Military Forces of Israel")


def test_a_soldier_shot_in_confrontations_stays_a_clash() -> None:
    text = "قتل جندي يمني برصاص قناص حوثي خلال مواجهات في جبهة نهم شرق صنعاء يوم الجمعة."
    assert [e["sub_event_type"] for e in _events(text)] == ["Armed clash"]


def test_civilians_shot_in_confrontations_with_gunmen_stay_a_clash() -> None:
    text = "قتل مدنيان برصاص الجيش خلال مواجهات مع مسلحين في حي الشيخ مقصود بحلب يوم الجمعة."
    assert [e["sub_event_type"] for e in _events(text)] == ["Armed clash"]


def test_a_child_shot_during_clashes_stays_a_clash() -> None:
    text = "قتل طفل برصاص الجيش خلال اشتباكات في حي جوبر بدمشق يوم الجمعة."
    assert [e["sub_event_type"] for e in _events(text)] == ["Armed clash"]
