"""An attack word whose object is a civilian site (a hospital, a school, a market, a mosque)
is violence against civilians when no armed side is hit (events/civilian_sites.py); a site
past another object, or armed men hit in the clause, keep the fight."""

from __future__ import annotations

import rasad


def _types(text: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published="2020-05-01")["events"]
    return [(e["event_type"], e["sub_event_type"]) for e in events]


_ATTACK = ("Violence against civilians", "Attack")
_CLASH = ("Battles", "Armed clash")


def test_gunmen_storming_a_hospital_attack_civilians() -> None:
    assert _types("هاجم مسلحون مستشفى في مدينة جلال آباد وقتلوا ثمانية أشخاص.") == [_ATTACK]


def test_a_group_named_after_its_men_attacking_a_school_attacks_civilians() -> None:
    assert _types("هاجم عناصر من حركة الشباب مدرسة في مدينة كيسمايو صباح الأحد.") == [_ATTACK]


def test_an_attack_on_a_mosque_attacks_civilians() -> None:
    text = "شن مسلحون هجوما على مسجد في قرية قرب مدينة كانو مما أسفر عن مقتل 12 شخصا."
    assert _types(text) == [_ATTACK]


def test_a_market_stormed_by_gunmen_is_an_attack() -> None:
    assert _types("اقتحم مسلحون سوقا في مدينة مايدوغوري وأطلقوا النار عشوائيا.") == [_ATTACK]


def test_a_checkpoint_near_a_hospital_stays_a_clash() -> None:
    assert _types("هاجم مسلحون حاجزا للجيش قرب مستشفى في مدينة العريش.") == [_CLASH]


def test_a_hospital_whose_guards_fought_back_stays_a_clash() -> None:
    assert _types("هاجم مسلحون مستشفى في مدينة جلال آباد واشتبكوا مع حراسه.") == [_CLASH]


def test_a_police_school_stays_a_clash() -> None:
    assert _types("هاجم مسلحون مدرسة للشرطة في مدينة العريش.") == [_CLASH]
