"""An attack on a state force whose attackers no account names ("قتل 7 جنود في هجوم على حاجز
للجيش") is a battle of an unidentified armed group against that force: the attack word says there
were attackers, so the event keeps its confidence. A named attacking group is never replaced."""

from __future__ import annotations

import rasad


def _rows(text: str) -> list[tuple[str, str | None, str | None, int]]:
    events = rasad.extract(text, published="2019-05-09")["events"]
    return [(e["sub_event_type"], e["actor1"], e["actor2"], e["fatalities"]) for e in events]


def test_soldiers_killed_in_an_attack_on_a_checkpoint() -> None:
    assert _rows("قتل 7 جنود في هجوم على حاجز للجيش في مدينة العريش.") == [
        ("Armed clash", "Unidentified Armed Group (Egypt)", "Military Forces of Egypt (2014-)", 7)
    ]


def test_a_clash_with_no_attack_word_gets_no_invented_attacker() -> None:
    rows = _rows("اندلعت اشتباكات عنيفة في محيط مدينة درعا وقتل فيها 5 من عناصر الجيش.")
    assert [(a1, a2) for _s, a1, a2, _f in rows] == [(None, "Military Forces of Syria (2000-2024)")]
