"""An option named for an act ("خيار المقاومة في تحرير الأرض") is no act done; people of the
wounded of an act dying of their wounds raise its toll, they tell no new act. An act done
after choosing an option and a death told as news stay."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-10") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_option_for_liberation_is_no_liberation() -> None:
    text = "ومن جهته أكد السيد على صوابية خيار المقاومة في تحرير الأرض ودحر الاحتلال في القدس."
    assert _subs(text) == []


def test_an_attack_after_the_military_option_stays() -> None:
    text = "ولجأ الجيش إلى الخيار العسكري وشن هجوما على مدينة إدلب اليوم."
    assert _subs(text) == ["Armed clash"]


def test_the_wounded_dying_of_their_wounds_tell_no_new_attack() -> None:
    text = (
        "وبحسب ما نقلته قناة الإخبارية أمس فإن اثنين من مصابي متدربي قوات الأمن الخاصة في"
        " أبها استشهدا متأثرين بجراحهما."
    )
    assert _subs(text) == []


def test_a_youth_killed_by_gunfire_today_stays() -> None:
    text = "واستشهد شاب فلسطيني اليوم متأثرا بجراح أصيب بها برصاص قوات الاحتلال في نابلس."
    assert _subs(text) == ["Attack"]
