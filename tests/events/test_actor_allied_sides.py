"""Two allies (one camp of a war in the dictionary's `wars:`) are not an event's two sides when
the sentence names the foe they fight: the foe is the other side."""

from __future__ import annotations

import pytest

import rasad
from rasad.actors.dictionary import default_lexicon

HOUTHI = "Military Forces of Yemen (2015-2017) Houthi-Saleh"
ALLIES = {"Popular Resistance", "Military Forces of Yemen (2012-2022)", "Operation Restoring Hope"}


def _events(text: str, sub: str) -> list[dict]:
    events = rasad.extract(text, published="2015-07-25")["events"]
    return [e for e in events if e["sub_event_type"] == sub]


@pytest.mark.parametrize(
    "text",
    [
        "واندلعت معارك عنيفة في مدينة تعز أمس بين القوات الموالية لهادي والمقاومة الشعبية، من جهة، "
        "والميليشيات الحوثية من جهة أخرى.",
        "واندلعت مواجهات عنيفة بين المقاومة الشعبية وقوات الجيش الوطني، وميليشيات الحوثي في "
        "منطقة جبل صبر بتعز.",
    ],
)
def test_a_battle_of_two_allies_against_a_third_has_the_third_as_other_side(text: str) -> None:
    clashes = _events(text, "Armed clash")
    assert clashes, "no clash read"
    sides = {clashes[0]["actor1"], clashes[0]["actor2"]}
    assert HOUTHI in sides
    assert len(sides & ALLIES) == 1


def test_a_strike_beside_an_allied_advance_hit_the_foe_named() -> None:
    text = (
        "وأوضح المصدر أن تقدم المقاومة تزامن مع غارات شنها طيران التحالف على معسكر في لحج "
        "واستهدفت آليات تستخدمها ميليشيات الحوثي."
    )
    strikes = _events(text, "Air/drone strike")
    assert strikes, "no strike read"
    assert strikes[0]["actor1"] == "Operation Restoring Hope"
    assert strikes[0]["actor2"] == HOUTHI


def test_allies_with_no_foe_named_are_left_alone() -> None:
    clashes = _events(
        "واندلعت اشتباكات بين المقاومة الشعبية وقوات الجيش الوطني في تعز.", "Armed clash"
    )
    assert clashes, "no clash read"
    sides = {clashes[0]["actor1"], clashes[0]["actor2"]}
    assert sides == {"Popular Resistance", "Military Forces of Yemen (2012-2022)"}


def test_allies_are_camp_mates_never_foes() -> None:
    lex = default_lexicon()
    assert lex.are_allies("Operation Restoring Hope", "Popular Resistance")
    assert lex.are_allies("Military Forces of Yemen (2012-2022)", "Popular Resistance")
    assert not lex.are_allies("Popular Resistance", HOUTHI)  # foes
    assert not lex.are_allies("Popular Resistance", "Popular Resistance")  # one actor
    assert not lex.are_allies("Popular Resistance", "Military Forces of Israel (2022-)")
