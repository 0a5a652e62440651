"""Ambushes ("كمائن") are clashes like one ambush ("كمين"), and reinforcements ambushed or
attacked on their way are the target of that clash, no movement of forces of their own."""

from __future__ import annotations

import rasad


def _types(text: str, published: str = "2016-05-12") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_ambushes_laid_for_reinforcements_are_a_clash() -> None:
    text = (
        "أفادت المقاومة الشعبية بأنها نفذت، فجر الخميس، كمائن محكمة لتعزيزات الميليشيات "
        "الحوثية كانت متجهة إلى مدينة تعز."
    )
    assert _types(text) == ["Armed clash"]


def test_ambushes_laid_for_army_convoys_are_a_clash() -> None:
    text = "نصب مسلحو حركة طالبان، الخميس، كمائن لقوافل الجيش الأفغاني في مدينة لشكركاه."
    assert _types(text) == ["Armed clash"]


def test_reinforcements_sent_stay_a_movement_of_forces() -> None:
    text = "أرسل الجيش العراقي، الخميس، تعزيزات عسكرية إلى مدينة بيجي."
    assert _types(text) == ["Change to group/activity"]
