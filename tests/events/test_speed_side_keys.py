"""A mention's side keys and their states' sides are kept per (names, inters, country): a
mention read again, or another with the same actors, gets the same sides, and a mention whose
actors change after a first read gets the sides of its new actors.

The mentions stand for "اشتبك الجيش المصري مع مسلحين في سيناء" and "تظاهر محتجون في القاهرة"."""

from __future__ import annotations

from rasad.document import Span
from rasad.events import merge
from rasad.events.arguments import Mention
from rasad.events.lexicon import CueHit

ARMY = "Military Forces of Egypt"
POLICE = "Police Forces of Egypt"
REBELS = "Wilayat Sinai"


def _mention(a1: str | None, i1: int | None, a2: str | None, i2: int | None) -> Mention:
    return Mention(
        trigger=CueHit(0, 5, "اشتبك", frozenset()),
        event_type="Battles",
        sub_event_type="Armed clash",
        weight=0.9,
        sent=Span(0, 40, "SENT"),
        actor1_name=a1,
        inter1=i1,
        actor2_name=a2,
        inter2=i2,
        country="EG",
    )


def test_side_keys_follow_the_actors_after_a_first_read():
    m = _mention(ARMY, 1, REBELS, 2)
    assert m.side_keys == frozenset({ARMY, "rebels:EG"})
    m.actor2_name, m.inter2 = "Protesters (Egypt)", 6
    assert m.side_keys == frozenset({ARMY, "crowd:EG"})
    m.country = "LY"
    assert m.side_keys == frozenset({ARMY, "crowd:LY"})
    m.actor1_name = None
    assert m.side_keys == frozenset({"crowd:LY"})


def test_same_actors_same_sides_and_states():
    a, b = _mention(ARMY, 1, REBELS, 2), _mention(ARMY, 1, REBELS, 2)
    assert a.side_keys == b.side_keys
    # one country's army and police are one side ("state:Egypt") against another, but set
    # against each other they stay apart
    m = _mention(ARMY, 1, POLICE, 1)
    assert merge._sides(m, battle=True) == frozenset({ARMY, POLICE})
    assert merge._sides(a, battle=True) == frozenset({"state:Egypt", "rebels:EG"})
    a.actor1_name = POLICE
    assert merge._sides(a, battle=True) == frozenset({"state:Egypt", "rebels:EG"})
    a.inter2 = 3  # a militia is its own name, not the country's rebels
    assert merge._sides(a, battle=True) == frozenset({"state:Egypt", REBELS})
