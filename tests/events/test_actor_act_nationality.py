"""A nationality adjective on the act noun ("قصف إسرائيلي", "القصف المدفعي التركي") names whose
shelling or strike it was: that country's armed forces are actor1, not an unidentified group,
and the adjective is never the victims' nationality."""

from __future__ import annotations

import rasad

ISRAEL = "Military Forces of Israel (2022-)"
TURKEY = "Military Forces of Turkey (2016-)"
RUSSIA = "Military Forces of Russia (2000-)"


def _events(text: str, published: str = "2024-05-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _remote(text: str) -> dict:
    events = [e for e in _events(text) if e["event_type"] == "Explosions/Remote violence"]
    assert events, "no shelling or strike read"
    return events[0]


def test_israeli_shelling_names_the_israeli_army() -> None:
    e = _remote("قتل أربعة أشخاص في قصف إسرائيلي على بلدة بيت حانون شمال قطاع غزة أمس.")
    assert e["actor1"] == ISRAEL


def test_manner_word_between_noun_and_adjective() -> None:
    e = _remote("أصيب ثلاثة مدنيين جراء قصف مدفعي تركي استهدف قرية في ريف تل رفعت.")
    assert e["actor1"] == TURKEY
    assert e["actor2"] == "Civilians (Syria)"


def test_definite_act_noun_and_adjective() -> None:
    e = _remote("قتل طفلان في القصف الروسي على مدينة سراقب بريف إدلب الشرقي.")
    assert e["actor1"] == RUSSIA


def test_adjective_of_act_is_not_the_victims_country() -> None:
    # no place resolves: the shooter's adjective must not make the dead Israel's civilians
    e = _remote("قتل مدنيان في قصف إسرائيلي ليلة أمس.")
    assert e["actor1"] == ISRAEL
    assert e["actor2"] != "Civilians (Israel)"


def test_town_named_after_the_act_noun_is_its_object() -> None:
    # "قصف القامشلي" is the shelling of al-Qamishli, not Syrian shelling
    e = _remote("قتل مدنيان في قصف القامشلي صباح اليوم.")
    assert e["actor1"] != "Military Forces of Syria (2000-2024)"


def test_verb_with_adjective_of_its_object() -> None:
    # "قصفت ... مواقع سورية": the adjective qualifies the target, after a verb
    e = _remote("قصفت مدفعية مجهولة مواقع سورية قرب الحدود أمس.")
    assert e["actor1"] != "Military Forces of Syria (2000-2024)"
