"""A territory taken from a side the article does not name was taken from the winner's main foe
(the first actor of the other camp of its first war in the dictionary's `wars:`)."""

from __future__ import annotations

import rasad
from rasad.actors.dictionary import default_lexicon

SYRIA = "Military Forces of Syria (2000-2024)"
REBELS = "Opposition Rebels (Syria)"


def _territory(text: str, published: str) -> list[dict]:
    events = rasad.extract(text, published=published)["events"]
    return [e for e in events if e["sub_event_type"].endswith("territory")]


def test_a_post_taken_by_the_rebels_was_the_army_s() -> None:
    text = "أعلن الجيش السوري الحر سيطرته على حاجز عسكري في حي جوبر بدمشق يوم الأحد."
    taken = _territory(text, "2013-04-08")
    assert taken, "no territory event read"
    assert (taken[0]["actor1"], taken[0]["actor2"]) == (REBELS, SYRIA)


def test_the_foe_takes_its_name_on_the_day_of_the_event() -> None:
    text = "أعلنت المقاومة الشعبية سيطرتها على وادي عقان في محافظة لحج أمس."
    taken = _territory(text, "2015-07-24")
    assert taken, "no territory event read"
    assert taken[0]["actor1"] == "Popular Resistance"
    assert taken[0]["actor2"] == "Military Forces of Yemen (2015-2017) Houthi-Saleh"


def test_a_main_foe_is_the_first_of_the_other_camp_of_the_first_war() -> None:
    lex = default_lexicon()
    assert lex.main_foe(REBELS).canonical == SYRIA
    assert lex.main_foe(SYRIA).canonical == REBELS
    assert lex.main_foe("Civilians (Syria)") is None  # in no war: no foe is guessed
