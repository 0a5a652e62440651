"""Leaders killed by a force ("قتلت القوات زعيمين في تنظيم الدولة الإسلامية في غارة") are the
side hit: their group is actor2 of the strike, never its doer."""

from __future__ import annotations

import rasad


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    events = rasad.extract(text, published="2018-05-10")["events"]
    return [(e["actor1"], e["actor2"]) for e in events]


def test_two_leaders_killed_are_their_groups_loss() -> None:
    text = "قتلت القوات زعيمين بارزين في تنظيم الدولة الإسلامية في غارة جوية قرب تلعفر اليوم."
    assert [a2 for _, a2 in _sides(text)] == ["Islamic State (Iraq)"]


def test_commanders_killed_are_their_groups_loss() -> None:
    text = "قتلت الطائرات قائدين في حركة الشباب في غارة جوية قرب مدينة جلب اليوم."
    assert [a2 for _, a2 in _sides(text)] == ["Al Shabaab"]


def test_a_leader_who_orders_a_strike_stays_its_doer() -> None:
    text = (
        "شن تنظيم الدولة الإسلامية بأمر من زعيمه هجوما على قرية قرب تلعفر اليوم وقتل ثلاثة مدنيين."
    )
    assert [a1 for a1, _ in _sides(text)] == ["Islamic State (Iraq)"]
