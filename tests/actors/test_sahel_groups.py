"""The armed groups of Mali's war (AQIM, MUJAO, Ansar Dine, MNLA, JNIM) are named groups, not
the country's unidentified armed group."""

from __future__ import annotations

import rasad


def _first(text: str, published: str = "2013-03-01") -> dict:
    events = rasad.extract(text, published=published)["events"]
    assert events, f"no event read in {text!r}"
    return events[0]


def test_a_claim_by_the_west_african_jihad_movement_names_it() -> None:
    text = "أعلنت حركة التوحيد والجهاد في غرب أفريقيا مسؤوليتها عن هجوم على معسكر للجيش في غاو أمس."
    assert _first(text)["actor1"] == "MUJAO: Movement for Unity and Jihad in West Africa"


def test_al_qaeda_in_the_maghreb_attacks_a_patrol() -> None:
    text = "هاجم مسلحون من تنظيم القاعدة في بلاد المغرب الإسلامي دورية للجيش قرب تمبكتو أمس."
    assert _first(text)["actor1"] == "AQIM: Al Qaeda in the Islamic Maghreb"


def test_the_azawad_movement_fights_ansar_dine() -> None:
    text = "اشتبك مقاتلو الحركة الوطنية لتحرير أزواد مع جماعة أنصار الدين في مدينة كيدال أمس."
    event = _first(text)
    assert {event["actor1"], event["actor2"]} == {
        "MNLA: National Movement for the Liberation of Azawad",
        "Ansar Dine",
    }


def test_the_support_group_for_islam_and_muslims_claims_an_attack() -> None:
    text = "تبنت جماعة نصرة الإسلام والمسلمين هجوما على قاعدة عسكرية في منطقة موبتي أمس."
    event = _first(text, published="2019-03-18")
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims"
