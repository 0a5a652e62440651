"""A killing named right after a threat noun ("تلقى تهديدات لقتله", "تهديدا بقتل الوزير") is
the killing threatened, no event; a killing told after the threat is one."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2016-04-09")["events"]]


def test_threats_to_kill_are_no_killing() -> None:
    assert _subs("تلقى القاضي تهديدات لقتله من جماعة مسلحة في مدينة قندهار يوم الجمعة.") == []


def test_a_killing_after_threats_is_an_attack() -> None:
    text = "قتل مسلحون القاضي في مدينة قندهار يوم الجمعة بعد أسابيع من تلقيه تهديدات."
    assert _subs(text) == ["Attack"]
