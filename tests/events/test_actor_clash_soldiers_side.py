"""Soldiers or policemen killed or wounded in a clash with unnamed gunmen stand for their
country's force: with the gunmen read as one side, the force is the other (battles carry no
direction), never a second unidentified group nor an empty side."""

from __future__ import annotations

import rasad


def _clashes(text: str, published: str = "2024-05-10") -> list[dict]:
    events = rasad.extract(text, published=published)["events"]
    return [e for e in events if e["sub_event_type"] == "Armed clash"]


def _sides(e: dict) -> set[str | None]:
    return {e["actor1"], e["actor2"]}


def test_soldiers_killed_fighting_gunmen_are_the_army() -> None:
    events = _clashes("قتل ثلاثة جنود في اشتباكات مع مسلحين في مدينة البليدة جنوب العاصمة.")
    assert events, "no clash read"
    assert _sides(events[0]) == {"Military Forces of Algeria", "Unidentified Armed Group (Algeria)"}


def test_wounded_police_fighting_unknown_gunmen() -> None:
    events = _clashes("أصيب شرطيان في اشتباك مع مسلحين مجهولين في مدينة بعقوبة شرق العراق.")
    assert events, "no clash read"
    assert _sides(events[0]) == {"Police Forces of Iraq (2022-)", "Unidentified Armed Group (Iraq)"}


def test_soldier_killed_fighting_a_named_group() -> None:
    events = _clashes("قتل جندي في اشتباكات مع عناصر تنظيم داعش في قضاء الطارمية شمال بغداد.")
    assert events, "no clash read"
    assert _sides(events[0]) == {"Military Forces of Iraq (2022-)", "Islamic State (Iraq)"}


def test_death_with_no_fight_names_no_force() -> None:
    text = "قتل شرطي في حريق غابات بولاية البليدة."
    events = rasad.extract(text, published="2024-05-10")["events"]
    assert not any("Police Forces" in (e["actor1"] or "") for e in events)
