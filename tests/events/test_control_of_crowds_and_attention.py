"""A control verb whose object is a crowd, unrest or public attention takes no ground: state
forces keeping order ("سيطرت الجهات الأمنية على تجمع وفوضى") or a story holding the news
("سيطرت القضية على اهتمام الرأي العام") is no territorial event."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


_TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}


def test_security_forces_controlling_a_gathering_take_no_ground() -> None:
    text = (
        "وسيطرت الجهات الأمنية في محافظة ذي قار مساء الأربعاء على تجمع وفوضى أمام مبنى "
        "مجلس المحافظة في مدينة الناصرية."
    )
    assert not _TERRITORY & set(_subs(text))


def test_a_story_holding_public_attention_takes_no_ground() -> None:
    text = "وسيطرت الفضيحة طوال الأسبوع على اهتمام الرأي العام في مدينة الدار البيضاء."
    assert not _TERRITORY & set(_subs(text))


def test_fighters_taking_a_town_still_take_ground() -> None:
    text = "سيطر مسلحو تنظيم داعش مساء الأربعاء على بلدة الشدادي في ريف محافظة الحسكة."
    assert _subs(text) == ["Non-state actor overtakes territory"]
