"""A definite strike told after a battle ("وأسفرت الغارات عن مقتل 12") with no place of its own
refers back to the strikes already told, not to the latest battle (which could only absorb a
strike as one side's fire): its dead are the strikes'."""

from __future__ import annotations

import rasad

_STRIKES = "صنعاء - شنت مقاتلات التحالف، الإثنين، غارات على مواقع الحوثيين في مديرية نهم. "
_CLASHES = "واندلعت اشتباكات بين القوات الحكومية والحوثيين في مديرية صرواح. "


def _dead(text: str) -> dict[str, int]:
    events = rasad.extract(text, published="2024-03-12")["events"]
    return {e["sub_event_type"]: e["fatalities"] for e in events}


def test_the_raids_dead_after_a_battle_are_the_raids() -> None:
    text = _STRIKES + _CLASHES + "وأسفرت الغارات عن مقتل 12 مسلحا حوثيا."
    assert _dead(text) == {"Air/drone strike": 12, "Armed clash": 0}


def test_the_clashes_dead_stay_the_clashes() -> None:
    text = _STRIKES + _CLASHES + "وأسفرت الاشتباكات عن مقتل 5 مسلحين حوثيين."
    assert _dead(text) == {"Air/drone strike": 0, "Armed clash": 5}
