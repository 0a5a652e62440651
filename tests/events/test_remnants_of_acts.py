"""What an act left behind ("من آثار معركة كوباني", "من مخلفات الحرب") names the act as past:
the remnants are told, no battle of the day. An act told on its own beside them stays."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2015-07-21")["events"]]


def test_bombs_gathered_from_the_remnants_of_a_battle_name_no_battle() -> None:
    text = (
        "وقال القيادي إن التفجير وقع أمس في مستودع لتجميع العبوات التي جمعها المقاتلون من "
        "آثار معركة كوباني."
    )
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_a_battle_told_on_its_own_stays_an_event() -> None:
    assert _subs("واندلعت معارك عنيفة أمس في مدينة كوباني.") == ["Armed clash"]


def test_an_attack_that_provoked_concern_stays_the_news() -> None:
    # normalised, "أثار" (provoked) is spelt like "آثار" (remnants)
    text = (
        "أثار الهجوم الانتحاري الذي استهدف مدينة كوباني أمس وأسفر عن مقتل 30 شخصا قلقا دوليا."
    )
    assert _subs(text) == ["Suicide bomb"]
