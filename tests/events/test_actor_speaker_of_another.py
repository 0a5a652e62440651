"""A force that reports an act in a complement clause naming its own subject ("أوضحت الشرطة
أن الهجوم …", "قال المتحدث باسم المقاومة إن الهجوم …") is the source, not the doer; one
that speaks of itself ("إنها اعتقلت", "إن قواته سيطرت") or of its own strike ("أعلن الجيش أن
القصف على مواقع داعش …") stays actor1."""

from __future__ import annotations

import rasad

IRAQ_POLICE = "Police Forces of Iraq (2014-2018)"
IRAQ_ARMY = "Military Forces of Iraq (2014-2018)"
YEMEN_ARMY = "Military Forces of Yemen (2012-2022)"


def _events(text: str, published: str = "2016-05-10") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_police_reporting_an_attack_on_a_market_are_not_its_doer() -> None:
    events = _events(
        "أوضحت الشرطة العراقية أن الهجوم على سوق في مدينة الرمادي أمس أسفر عن مقتل ثلاثة مدنيين."
    )
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Attack"
    assert events[0]["actor1"] != IRAQ_POLICE
    assert events[0]["actor1"].startswith("Unidentified Armed Group")


def test_police_confirming_an_attack_are_its_source() -> None:
    events = _events(
        "أكدت الشرطة العراقية أن هجوما على نقطة تفتيش في مدينة الرمادي أمس أسفر عن مقتل "
        "ثلاثة مدنيين."
    )
    assert events, "no event read"
    assert IRAQ_POLICE not in (events[0]["actor1"], events[0]["actor2"])


def test_police_speaking_of_their_own_arrests_stay_actor1() -> None:
    events = _events("قالت الشرطة العراقية إنها اعتقلت خمسة مطلوبين في مدينة الرمادي أمس.")
    assert events, "no event read"
    assert events[0]["actor1"] == IRAQ_POLICE


def test_an_army_speaking_of_its_forces_stays_actor1() -> None:
    events = _events("قال الجيش اليمني إن قواته سيطرت على جبل في مديرية نهم يوم الأحد.")
    assert events, "no event read"
    assert events[0]["actor1"] == YEMEN_ARMY


def test_an_army_announcing_its_shelling_of_the_enemy_stays_actor1() -> None:
    events = _events(
        "أعلن الجيش العراقي أن القصف على مواقع داعش في مدينة الموصل أسفر عن مقتل عشرين مسلحا."
    )
    assert events, "no event read"
    assert events[0]["actor1"] == IRAQ_ARMY
