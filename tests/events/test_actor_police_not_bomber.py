"""Police named next to a bombing report it, guard its site or were its target; ACLED never
codes them as who planted the bomb. Read as actor1 they become the side hit (when no other side
is told), and the bomb is an unidentified armed group's."""

from __future__ import annotations

import rasad
from rasad.events.default_actors import _is_police


def _bombings(text: str, published: str = "2019-05-10") -> list[dict]:
    events = rasad.extract(text, published=published)["events"]
    return [
        e
        for e in events
        if e["sub_event_type"] in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade")
    ]


def test_police_cordoning_the_blast_site_did_not_plant_the_bomb() -> None:
    text = (
        "قال متحدث باسم الشرطة إن قوات الشرطة فرضت طوقا أمنيا حول موقع انفجار عبوة ناسفة "
        "في سوق مدينة بيشاور الباكستانية أمس."
    )
    events = _bombings(text)
    assert events, "no bombing read"
    for e in events:
        assert not (e["actor1"] or "").startswith("Police Forces")


def test_police_of_the_sentence_become_the_side_hit() -> None:
    text = "أعلنت الشرطة البحرينية انفجار عبوة ناسفة قرب قرية الدراز مساء الخميس."
    events = _bombings(text)
    assert events, "no bombing read"
    assert not (events[0]["actor1"] or "").startswith("Police Forces")


def test_police_names_are_told_apart_from_armies() -> None:
    assert _is_police("Police Forces of Iraq (2022-)")
    assert _is_police("Police Forces of Pakistan")
    assert not _is_police("Military Forces of Iraq (2022-)")
    assert not _is_police("Unidentified Armed Group (Iraq)")
    assert not _is_police(None)
