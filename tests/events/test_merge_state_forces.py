"""One country's army and police told in two accounts of one act are one side (merge.py)."""

from __future__ import annotations

import rasad
from rasad.document import Span
from rasad.events.arguments import Mention
from rasad.events.lexicon import CueHit
from rasad.events.merge import _sides, _state_side, actors_fit


def test_army_and_security_forces_of_one_country_are_one_battle():
    text = (
        "اشتبك جيش تشاد مع مسلحي بوكو حرام قرب بحيرة تشاد الأحد. وقالت قوات الأمن التشادية"
        " إنها قتلت عشرين مسلحا في الاشتباكات قرب بحيرة تشاد."
    )
    out = rasad.extract(text, published="2015-07-21")
    clashes = [e for e in out["events"] if e["sub_event_type"] == "Armed clash"]
    assert len(clashes) == 1, clashes
    assert clashes[0]["fatalities"] == 20
    assert clashes[0]["actor1"] == "Military Forces of Chad"


def test_two_countries_armies_stay_two_events():
    text = (
        "اشتبك جيش تشاد مع مسلحي بوكو حرام في بلدة باغا الأحد. وفي الوقت ذاته اشتبك جيش"
        " نيجيريا مع مسلحي بوكو حرام في باغا."
    )
    out = rasad.extract(text, published="2015-07-21")
    sides = {e["actor1"] for e in out["events"] if e["sub_event_type"] == "Armed clash"}
    assert sides == {"Military Forces of Chad", "Military Forces of Nigeria"}


def test_a_force_keeps_its_period_and_faction():
    assert _state_side("Police Forces of Chad") == _state_side("Military Forces of Chad")
    houthi = _state_side("Military Forces of Yemen (2017-) Houthi")
    assert houthi != _state_side("Military Forces of Yemen (2012-2022)")
    assert _state_side("Police Forces of Yemen (2017-) Houthi") == houthi
    assert _state_side("Civilians (Chad)") == "Civilians (Chad)"


def _clash(a1: str, a2: str | None, inter2: int | None = None) -> Mention:
    m = Mention(
        trigger=CueHit(0, 4, "اشتباك", frozenset()),
        event_type="Battles",
        sub_event_type="Armed clash",
        weight=0.9,
        sent=Span(0, 10, "SENT"),
    )
    m.actor1_name, m.inter1, m.actor2_name, m.inter2 = a1, 1, a2, inter2
    return m


def test_army_against_police_in_one_account_is_no_single_side():
    # "القوات الأمنية من الجيش والشرطة" read as two sides must not become one side that fits
    # every battle of that country
    misread = _clash("Police Forces of Iraq (2014-2018)", "Military Forces of Iraq (2014-2018)", 1)
    battle = _clash("Military Forces of Iraq (2014-2018)", "Islamic State (Iraq)", 2)
    assert len(_sides(misread, True)) == 2
    assert not actors_fit(misread, battle)
    police = _clash("Police Forces of Iraq (2014-2018)", None)
    assert actors_fit(police, battle)
