"""Demonstrators named near a battle with rebels or militants did not fight them: the battle
stays an armed clash, and a sit-in square named as its landmark is no protest event."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2013-02-09")["events"]


def test_soldiers_killed_fighting_militants_near_a_sit_in_are_a_battle() -> None:
    text = (
        "وقتل جنديان في اشتباكات مع عناصر من تنظيم داعش قرب ساحة اعتصام المتظاهرين في "
        "مدينة الفلوجة يوم الجمعة."
    )
    events = _events(text)
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]
    assert "Islamic State" in (events[0]["actor1"] or "") + (events[0]["actor2"] or "")
    assert not any((e["actor1"] or "").startswith("Rioters") for e in events)


def test_protesters_clashing_with_the_police_still_riot() -> None:
    text = "ودخل المتظاهرون في مواجهات مع الشرطة أمام مبنى المحافظة في مدينة البصرة يوم الجمعة."
    assert [e["sub_event_type"] for e in _events(text)] == ["Violent demonstration"]
