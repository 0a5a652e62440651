"""Bombers named right before the killing verb ("أربع انتحاريات قتلن أحد عشر شخصا") tell a
suicide bombing whose toll is the count after the verb, not the bombers' count."""

from __future__ import annotations

import rasad


def _rows(text: str, published: str = "2017-06-10") -> list[tuple[str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return [(e["sub_event_type"], e["fatalities"]) for e in events]


def test_plural_bombers_before_the_verb_make_a_suicide_bomb_with_the_toll_after() -> None:
    text = "وقالت الشرطة إن ثلاث انتحاريات قتلن تسعة أشخاص في سوق بمدينة كانو يوم الجمعة."
    assert _rows(text) == [("Suicide bomb", 9)]


def test_a_killing_with_no_bomber_before_the_verb_stays_an_attack() -> None:
    text = "وقالت الشرطة إن مسلحين قتلوا تسعة أشخاص في سوق بمدينة كانو يوم الجمعة."
    assert [sub for sub, _ in _rows(text)] == ["Attack"]
