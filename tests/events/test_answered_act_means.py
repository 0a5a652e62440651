"""An act done "in response to" another (ردا على …) is typed by its own means: the weapon or
agent named after "ردا على" belongs to the act answered, so a shelling answering a chemical
attack stays a shelling. The means named before the cue still type the act. A general act word
("استهدفت") that answers an act told after "ردا على" is an act of its own, not that act's toll."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2017-04-12") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def _subs(text: str, published: str = "2017-04-12") -> list[str]:
    return [e["sub_event_type"] for e in _events(text, published)]


def test_shelling_in_response_to_a_chemical_attack_stays_shelling() -> None:
    text = (
        "قصفت قوات النظام السوري بلدة خان شيخون يوم الثلاثاء ردا على هجوم كيميائي اتهمت به الفصائل."
    )
    assert "Chemical weapon" not in _subs(text)
    assert "Shelling/artillery/missile attack" in _subs(text)


def test_an_attack_answering_drone_strikes_is_no_air_strike() -> None:
    text = (
        "وقع هجوم على حاجز للجيش في ولاية هلمند يوم الأحد. وأعلنت حركة طالبان مسؤوليتها عن "
        "الهجوم ردا على دعم الحكومة للضربات التي تشنها الطائرات الأمريكية بدون طيار."
    )
    assert "Air/drone strike" not in _subs(text)


def test_chlorine_named_before_the_response_still_types_the_act() -> None:
    text = "قصفت قوات النظام بلدة اللطامنة بغاز الكلور يوم الثلاثاء ردا على هجوم للفصائل على حاجز."
    assert _subs(text)[0] == "Chemical weapon"


def test_a_general_act_word_answering_a_drone_strike_tells_its_own_act() -> None:
    text = (
        "استهدفت القوات التركية مواقع للمسلحين الأكراد في ريف حلب يوم الثلاثاء ردا على غارة "
        "لطائرة مسيرة على قاعدتها."
    )
    events = _events(text)
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]
    assert events[0]["actor1"].startswith("Military Forces of Turkey")


def test_a_general_act_word_beside_its_own_strike_still_yields_to_it() -> None:
    text = "استهدفت طائرة مسيرة تركية مواقع للمسلحين الأكراد في ريف حلب يوم الثلاثاء."
    assert [e["sub_event_type"] for e in _events(text)] == ["Air/drone strike"]


def test_an_act_told_after_the_answered_one_is_typed_by_its_own_means() -> None:
    text = (
        "وفي رد على قصف قوات النظام لبلدات ريف إدلب بالبراميل المتفجرة أعلنت فصائل "
        "المعارضة استهداف مقرات قوات النظام في مدينة مورك براجمات الصواريخ يوم السبت."
    )
    shelling = [e for e in _events(text) if e["sub_event_type"].startswith("Shelling")]
    assert len(shelling) == 1
    assert {shelling[0]["actor1"], shelling[0]["actor2"]} == {
        "Opposition Rebels (Syria)",
        "Military Forces of Syria (2000-2024)",
    }
