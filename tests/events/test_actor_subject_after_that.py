"""After "أن"/"إن" a noun comes first: the actor right before a verb trigger (maybe with a
nisba adjective the dictionary left out) is its subject, and an actor after the verb is its
object ("ذكرت أن الجيش الجزائري اعتقل مسلحين"), not the other way round."""

from __future__ import annotations

import rasad

ALGERIA = "Military Forces of Algeria"
IRAQ_POLICE = "Police Forces of Iraq (2014-2018)"


def _events(text: str, published: str = "2015-07-31") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_the_army_after_anna_holds_the_gunmen() -> None:
    events = _events("ذكرت الصحيفة أن الجيش الجزائري اعتقل مسلحين في منطقة إليزي يوم الأحد.")
    assert events, "no event read"
    assert events[0]["actor1"] == ALGERIA
    assert events[0]["sub_event_type"] == "Arrests"


def test_a_verb_first_clause_still_takes_the_actor_after_the_verb() -> None:
    events = _events("قالت المصادر إنه اعتقلت قوات الأمن مسلحين في الرمادي أمس.")
    assert events, "no event read"
    assert events[0]["actor1"] == IRAQ_POLICE
