""" "عثرت الشرطة على جثث خمسة رجال عليها آثار تعذيب": who finds the bodies did not kill the
dead; with no doer named ACLED codes an unidentified armed group."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2024-03-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_police_finding_tortured_bodies_are_not_actor1() -> None:
    events = _events("بعقوبة - عثرت الشرطة على جثث أربعة رجال عليها آثار تعذيب في قرية قرب بعقوبة.")
    assert events, "no event read"
    assert "Police" not in (events[0]["actor1"] or "")
    assert (events[0]["actor1"] or "").startswith("Unidentified Armed Group")


def test_police_before_the_find_verb_are_not_actor1_either() -> None:
    events = _events("بعقوبة - الشرطة عثرت على جثث أربعة رجال عليها آثار تعذيب في قرية قرب بعقوبة.")
    assert events, "no event read"
    assert "Police" not in (events[0]["actor1"] or "")


def test_police_finding_arms_keep_their_act() -> None:
    # what is found is no body: the finder is the side of the seizure and the clash
    events = _events(
        "بعقوبة - عثرت الشرطة العراقية على مخبأ للأسلحة بعد اشتباك مع مسلحين قرب بعقوبة."
    )
    assert events, "no event read"
    assert all("Police" in (e["actor1"] or "") for e in events)
