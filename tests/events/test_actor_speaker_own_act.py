"""A side that says "it" did something ("قالت حركة الشباب إنها هاجمت القوات الصومالية") is the
act's subject: the verb after "إنها/إنهم" agrees with the pronoun, and the side named after the
verb is acted on, not read as a verb-first subject. "إنه" is left alone: "إنه هاجم مسلحون …"
has its subject after the verb."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2020-05-10")["events"]


def test_group_saying_it_attacked_the_army_is_actor1() -> None:
    text = "مقديشو - قالت حركة الشباب إنها هاجمت القوات الصومالية في بلدة أفجوي يوم الأحد."
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == "Al Shabaab"
    assert events[0]["actor2"] == "Military Forces of Somalia"


def test_rebels_saying_they_shelled_the_army_are_actor1() -> None:
    text = "دمشق - قالت فصائل المعارضة إنها قصفت قوات النظام في بلدة داريا بقذائف الهاون يوم الأحد."
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == "Opposition Rebels (Syria)"
    assert (events[0]["actor2"] or "").startswith("Military Forces of Syria")


def test_subject_after_a_masculine_complementizer_stays_actor1() -> None:
    text = (
        "بغداد - قال مسؤولون في الشرطة إنه هاجم مسلحون من داعش نقطة تفتيش للجيش العراقي "
        "قرب مدينة الموصل يوم الأحد."
    )
    events = _events(text)
    assert events, "no event read"
    assert events[0]["actor1"] == "Islamic State (Iraq)"


def test_speaker_telling_of_another_sides_attack_is_not_its_subject() -> None:
    text = "دمشق - قال المرصد إن قوات النظام هاجمت فصائل المعارضة في بلدة داريا يوم الأحد."
    events = _events(text)
    assert events, "no event read"
    assert (events[0]["actor1"] or "").startswith("Military Forces of Syria")
    assert events[0]["actor2"] == "Opposition Rebels (Syria)"
