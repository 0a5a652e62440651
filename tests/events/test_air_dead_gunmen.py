"""Gunmen counted among the dead of an air strike ("قتل خمسة مسلحين في غارة جوية") are the
side it hit: gunmen fly no aircraft, so they are actor2, and the flier stays unknown or is the
air force the sentence names."""

from __future__ import annotations

import rasad


def _strikes(text: str, published: str = "2018-06-28") -> list[dict]:
    events = rasad.extract(text, published=published)["events"]
    return [e for e in events if e["sub_event_type"] == "Air/drone strike"]


def test_gunmen_killed_in_a_strike_are_its_target() -> None:
    strikes = _strikes("قتل ستة مسلحين في غارة جوية على مخبأ لهم قرب بلدة الحويجة.")
    assert strikes, "no strike read"
    assert strikes[0]["actor1"] is None
    assert strikes[0]["actor2"] == "Unidentified Armed Group (Iraq)"


def test_gunmen_killed_after_the_strike_word_are_its_target() -> None:
    strikes = _strikes("أسفرت غارة جوية على قرية قرب الحويجة عن مقتل ستة مسلحين.")
    assert strikes, "no strike read"
    assert strikes[0]["actor1"] != "Unidentified Armed Group (Iraq)"
    assert strikes[0]["actor2"] == "Unidentified Armed Group (Iraq)"
