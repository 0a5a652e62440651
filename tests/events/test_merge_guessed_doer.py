"""A guessed doer does not keep an event apart from the account that names its doer (merge.py).

The mentions stand for "قتل عشرة مدنيين في هجوم على قرية كوندوغا الأحد" (no doer in the
sentence: actor1 is the article's guess) and "هاجم مسلحون من بوكو حرام القرية وقتلوا عشرة
مدنيين" (the doer named)."""

from __future__ import annotations

from rasad.document import Span
from rasad.events.arguments import Mention
from rasad.events.lexicon import CueHit
from rasad.events.merge import cluster

CIVILIANS = "Civilians (Nigeria)"
ARMY = "Military Forces of Nigeria"
BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def _attack(start: int, doer: str, guessed: bool, victims: str = CIVILIANS) -> Mention:
    m = Mention(
        trigger=CueHit(start, start + 4, "قتل", frozenset()),
        event_type="Violence against civilians",
        sub_event_type="Attack",
        weight=0.9,
        sent=Span(start, start + 60, "SENT"),
    )
    m.actor1_name, m.inter1 = doer, (1 if doer == ARMY else 2)
    m.actor2_name, m.inter2 = victims, (7 if victims == CIVILIANS else 1)
    m.actor_fallback = guessed
    m.country = "NG"
    return m


def test_a_guessed_doer_joins_the_account_naming_the_doer():
    clusters = cluster([_attack(0, ARMY, True), _attack(100, BOKO, False)])
    assert len(clusters) == 1
    assert clusters[0].rep.actor1_name == BOKO


def test_two_named_doers_stay_two_events():
    clusters = cluster([_attack(0, ARMY, False), _attack(100, BOKO, False)])
    assert len(clusters) == 2


def test_a_guessed_doer_with_other_victims_stays_apart():
    clusters = cluster(
        [_attack(0, ARMY, True, "Police Forces of Nigeria"), _attack(100, BOKO, False)]
    )
    assert len(clusters) == 2
