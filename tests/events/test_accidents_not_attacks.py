"""Accidents told with a death or an explosion word are no events (ACLED codes no accidents): a
vehicle rolling over ("تدهور حافلة"), a tyre or a gas cylinder bursting, an explosion whose
clause names a household or industrial cause or site. A bomb, a car bomb or an attack named
near an incident word ("الحادث الإرهابي") stays an event."""

from __future__ import annotations

import pytest

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


def test_an_explosion_caused_by_a_gas_leak_is_no_bombing() -> None:
    text = "قتل أربعة من أفراد عائلة واحدة في انفجار ناجم عن تسرب غاز داخل منزلهم بمدينة تبريز."
    assert _subs(text) == []


def test_an_explosion_at_a_fireworks_factory_is_no_bombing() -> None:
    text = "أسفر انفجار في مصنع للألعاب النارية بمدينة إزمير التركية عن مقتل تسعة عمال."
    assert _subs(text) == []


def test_an_explosion_at_a_fuel_depot_is_no_bombing() -> None:
    text = "قتل ستة أشخاص في انفجار بمستودع للوقود في مدينة مصراتة الليبية مساء السبت."
    assert _subs(text) == []


def test_deaths_in_a_balloon_bursting_are_no_attack() -> None:
    text = (
        "لقي اثنا عشر سائحا مصرعهم صباح الأحد في حادث انفجار منطاد سياحي فوق مدينة أسوان "
        "جنوب مصر."
    )
    assert _subs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "لقي عشرون شخصا حتفهم في تدافع خلال احتفال ديني قرب مدينة كربلاء يوم الأحد.",
        "قتل سبعة من الزوار دهسا تحت أقدام الحشود عند مدخل الملعب في مدينة البصرة.",
    ],
)
def test_deaths_in_a_stampede_are_no_attack(text: str) -> None:
    assert _subs(text) == []


def test_a_crowd_stampeding_from_gunfire_keeps_the_shooting() -> None:
    text = (
        "قتل مسلحون عشرة أشخاص في سوق مدينة البصرة يوم الأحد فيما تدافع الأهالي للهرب من "
        "الرصاص."
    )
    assert _subs(text) != []


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


def test_a_bomb_at_a_fuel_depot_stays_an_event() -> None:
    text = "قتل أربعة حراس في انفجار قنبلة بمستودع للوقود في مدينة مصراتة الليبية مساء السبت."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_an_explosion_at_a_generator_called_terrorist_stays_an_event() -> None:
    text = (
        "قتل خمسة أشخاص في انفجار قرب مولدة كهربائية وصفته الشرطة بالهجوم الإرهابي في مدينة "
        "الحلة العراقية."
    )
    assert _subs(text) != []


def test_an_accidental_explosion_told_again_is_no_bombing() -> None:
    text = (
        "اندلع انفجار ضخم في مصنع للكيماويات في مدينة أضنة التركية صباح الخميس، ما أدى إلى مقتل "
        "ثلاثة عمال. ووقع الانفجار في قسم التخزين بالمصنع، وأخلت السلطات المباني المجاورة خوفا من "
        "انفجار ثان."
    )
    assert _subs(text) == []


def test_a_bombing_told_after_an_accident_stays_an_event() -> None:
    text = (
        "قتل ثلاثة عمال في انفجار ناجم عن تسرب غاز في مطعم بمدينة أضنة التركية صباح الخميس. "
        "وفي سياق آخر، قتل جنديان في انفجار عبوة ناسفة استهدفت دوريتهما في مدينة ماردين."
    )
    assert _subs(text) == ["Remote explosive/landmine/IED"]
