"""A force that announces a strike ("أعلن الجيش السوري أن طائرات إسرائيلية قصفت …") is not
who struck: the aircraft's or the act's nationality in the reported clause names the doer."""

from __future__ import annotations

import rasad

ISRAEL = "Military Forces of Israel (2022-)"
SYRIA = "Military Forces of Syria (2000-2024)"


def _remote(text: str) -> dict:
    events = rasad.extract(text, published="2024-05-10")["events"]
    events = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert events, "no strike read"
    return events[0]


def test_army_announcing_foreign_aircraft_strike() -> None:
    e = _remote("أعلن الجيش السوري أن طائرات إسرائيلية قصفت مواقع عسكرية في ريف دمشق.")
    assert e["actor1"] == ISRAEL


def test_command_announcing_with_words_between() -> None:
    e = _remote(
        "وكانت قيادة الجيش السوري قد أعلنت الأربعاء، أن طائرات حربية إسرائيلية قصفت مركزا "
        "للبحوث العلمية قرب دمشق."
    )
    assert e["actor1"] == ISRAEL


def test_speaker_telling_of_shelling_by_another_country() -> None:
    e = _remote("قال الجيش السوري إن قصفا إسرائيليا استهدف مواقع عسكرية في ريف دمشق.")
    assert e["actor1"] == ISRAEL


def test_own_aircraft_of_the_subject_keep_it() -> None:
    e = _remote("شن الجيش الروسي غارات جوية روسية على مواقع للمسلحين في ريف إدلب.")
    assert e["actor1"] == "Military Forces of Russia (2000-)"
