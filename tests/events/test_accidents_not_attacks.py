"""Accidents told with a death or an explosion word are no events (ACLED codes no accidents): a
vehicle rolling over ("تدهور حافلة"), a tyre or a balloon bursting. A bomb, a car bomb or an attack named
near an incident word ("الحادث الإرهابي") stays an event."""

from __future__ import annotations

import rasad


def _subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2021-06-02")["events"]]


# ---- accidents ------------------------------------------------------------------------------
def test_a_bus_rolling_over_is_no_attack() -> None:
    text = (
        "لقي أحد عشر زائرا مصرعهم اثر تدهور حافلة كانت تقلهم على طريق جبلي شمال مدينة أبها "
        "مساء الخميس."
    )
    assert _subs(text) == []


def test_a_lorry_that_overturned_is_no_attack() -> None:
    text = "انقلبت شاحنة تقل عمالا زراعيين قرب مدينة المنيا المصرية صباح الأحد فقتل أربعة منهم."
    assert _subs(text) == []


def test_a_burst_tyre_is_no_bombing() -> None:
    text = (
        "لقي خمسة ركاب مصرعهم عندما انفجر إطار الحافلة فانحرفت عن الطريق قرب مدينة الناصرية "
        "في العراق."
    )
    assert _subs(text) == []


# ---- real attacks near an incident word or an accident site ------------------------------------
def test_a_roadside_bomb_called_a_terrorist_incident_stays_an_event() -> None:
    text = (
        "قتل جنديان في انفجار عبوة ناسفة استهدفت دوريتهما في مدينة الرمادي، ووصفت قيادة "
        "العمليات الحادث بأنه إرهابي."
    )
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_a_car_bomb_called_a_criminal_incident_stays_an_event() -> None:
    text = (
        "وقع الحادث الإجرامي صباح الاثنين عندما انفجرت سيارة مفخخة قرب سوق شعبي في مدينة "
        "بعقوبة ما أدى إلى مقتل ستة مدنيين."
    )
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_deaths_in_a_balloon_bursting_are_no_attack() -> None:
    text = (
        "لقي اثنا عشر سائحا مصرعهم صباح الأحد في حادث انفجار منطاد سياحي فوق مدينة أسوان "
        "جنوب مصر."
    )
    assert _subs(text) == []
