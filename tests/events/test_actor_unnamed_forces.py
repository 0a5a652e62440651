"""Soldiers or policemen an attack killed, named by no force, are the event country's own army
or police (ACLED codes that side); a country adjective or a group after them says otherwise."""

from __future__ import annotations

from tests.events.helpers import events_of

EGYPT_ARMY = "Military Forces of Egypt (2014-)"
IRAQ_ARMY = "Military Forces of Iraq (2014-2018)"
IRAQ_POLICE = "Police Forces of Iraq (2014-2018)"


def test_a_soldier_killed_at_a_checkpoint_is_the_countrys_army_against_unknown_attackers() -> None:
    events = events_of("لقي جندي حتفه إثر هجوم على كمين أمني في مدينة العريش أمس.", "2016-03-02")
    assert events, "the attack was dropped for want of a side"
    assert events[0]["actor2"] == EGYPT_ARMY
    assert events[0]["actor1"] == "Unidentified Armed Group (Egypt)"


def test_soldiers_killed_by_a_roadside_bomb_are_the_side_it_hit() -> None:
    text = "قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم قرب الرمادي."
    events = events_of(text, "2017-02-11")
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Remote explosive/landmine/IED"
    assert events[0]["actor2"] == IRAQ_ARMY


def test_policemen_killed_by_gunmen_are_the_countrys_police() -> None:
    events = events_of("قتل شرطيان برصاص مسلحين مجهولين في بعقوبة مساء الأحد.", "2017-02-12")
    assert events, "no event read"
    assert IRAQ_POLICE in (events[0]["actor1"], events[0]["actor2"])


def test_soldiers_with_another_countrys_adjective_are_not_the_hosts_army() -> None:
    events = events_of("قتل جنديان أمريكيان بانفجار عبوة ناسفة قرب الرمادي.", "2017-02-11")
    assert events, "no event read"
    assert events[0]["actor2"] != IRAQ_ARMY


def test_a_soldier_told_again_without_his_country_keeps_the_country_given_before() -> None:
    text = (
        "أعلنت باريس مقتل جندي فرنسي ثالث منذ بدء عمليتها في مالي. "
        "وقال البيان إن الجندي قتل أمس في هجوم شنه مسلحون على دورية قرب مدينة غاو."
    )
    hit = [e for e in events_of(text, "2013-03-03") if e["actor2"]]
    assert hit, "no side hit read"
    assert all(e["actor2"] != "Military Forces of Mali" for e in hit)
    assert any(e["actor2"].startswith("Military Forces of France") for e in hit)


def test_a_policeman_killed_by_a_forest_fire_is_no_side_of_a_fight() -> None:
    text = "أعلنت السلطات السيطرة على حرائق غابات أسفرت عن مقتل شرطي قرب أثينا أمس."
    assert not any(e["event_type"] == "Battles" for e in events_of(text, "2015-07-20"))


def test_soldiers_with_their_country_killed_by_a_bomb_are_its_victims_not_its_planters() -> None:
    text = "قتل أربعة جنود مصريين في انفجار عبوة ناسفة استهدفت آليتهم جنوب العريش أمس."
    events = events_of(text, "2016-04-09")
    assert events, "no event read"
    assert events[0]["actor1"] == "Unidentified Armed Group (Egypt)"
    assert events[0]["actor2"] == EGYPT_ARMY


def test_a_force_that_killed_someone_stays_the_doer() -> None:
    text = "وقد قتلت قوات الأمن أحدهما، عندما فرقت اعتصاما أمام مدخل منشأة نفطية في البصرة."
    events = events_of(text, "2018-08-14")
    assert events, "no event read"
    assert "Police Forces of Iraq (2014-2018)" in (events[0]["actor1"], events[0]["actor2"])
