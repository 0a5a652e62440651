"""An explosion told with the hand grenade that caused it ("وقع الانفجار عندما ألقى شخص
قنبلة يدوية") is a grenade attack (ACLED: Grenade), not the remote device an explosion word
is read as by default; a bomb named as one ("عبوة ناسفة") stays a remote explosive."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-24") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_explosion_caused_by_a_thrown_grenade_is_a_grenade() -> None:
    text = (
        "قالت الشرطة إن الانفجار وقع مساء الجمعة في مدينة جوبا عندما ألقى شخص قنبلة يدوية "
        "على مقهى، ما أدى إلى مقتل أربعة أشخاص."
    )
    assert _subs(text) == ["Grenade"]


def test_a_blast_and_the_grenade_told_in_a_later_clause_are_one_grenade_attack() -> None:
    text = (
        "أصيب خمسة أشخاص في تفجير وقع في سوق بمدينة بنغازي يوم الجمعة، وقال شهود إن مجهولين "
        "ألقوا قنبلة يدوية على المارة."
    )
    assert _subs(text) == ["Grenade"]


def test_a_roadside_bomb_stays_a_remote_explosive() -> None:
    text = "قتل جنديان في انفجار عبوة ناسفة استهدفت دوريتهما في مدينة العريش يوم الجمعة."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_a_mine_named_with_the_grenades_stays_a_remote_explosive() -> None:
    text = (
        "قتل خمسة من رجال الشرطة في مدينة غاريسا يوم الاثنين، وقالت الشرطة إن آليتهم انفجرت "
        "بعد مرورها فوق لغم قبل أن تستهدف بقنابل يدوية."
    )
    assert _subs(text) == ["Remote explosive/landmine/IED"]
