"""Strikes and interceptions told in forms the lexicon missed, from a fourteenth-session audit:
two missiles intercepted (the dual), the raid verb with the air arm as its subject, strikes
launched by the air arm, and aircraft named late in the clause as the instrument of the fire."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return sorted(e["sub_event_type"] for e in rasad.extract(text, published=published)["events"])


# ---- the dual: two missiles, two drones ---------------------------------------------------------
def test_two_missiles_intercepted_are_disrupted_weapons_use() -> None:
    text = "واعترضت الدفاعات الجوية السعودية أمس صاروخين فوق مدينة نجران."
    assert _subs(text) == ["Disrupted weapons use"]


def test_two_drones_intercepted_are_disrupted_weapons_use() -> None:
    text = "واعترضت القوات الأمريكية أمس طائرتين مسيرتين قرب قاعدة التنف."
    assert _subs(text) == ["Disrupted weapons use"]


def test_objecting_to_two_decisions_is_no_interception() -> None:
    text = "واعترض النواب أمس على قرارين للحكومة في جلسة البرلمان في عمان."
    assert _subs(text) == []


# ---- the raid verb and strikes of the air arm ---------------------------------------------------
def test_the_air_arm_raiding_positions_is_an_air_strike() -> None:
    text = "وأغار سلاح الجو الإسرائيلي أمس على مواقع عسكرية في ريف القنيطرة."
    assert _subs(text) == ["Air/drone strike"]


def test_warplanes_named_before_the_raid_verb_strike_from_the_air() -> None:
    text = "وكانت طائرات حربية روسية أغارت أمس على بلدة خان شيخون."
    assert _subs(text) == ["Air/drone strike"]


def test_strikes_launched_by_the_air_force_are_air_strikes() -> None:
    text = "وشن سلاح الجو العراقي أمس ضربات على أوكار تنظيم داعش في قضاء الحويجة."
    assert _subs(text) == ["Air/drone strike"]


def test_gunmen_raiding_a_village_are_no_air_strike() -> None:
    text = "وأغار مسلحون مجهولون أمس على قرية الصالحية ونهبوا عددا من المحلات."
    assert "Air/drone strike" not in _subs(text)


def test_painful_blows_without_the_air_arm_are_no_strike() -> None:
    text = "ووجهت الحكومة أمس ضربات موجعة لتجار المخدرات في مدينة البصرة."
    assert "Air/drone strike" not in _subs(text)


# ---- the aircraft named late, as the instrument or the doer of the fire -------------------------
def test_shelling_with_barrel_bombs_named_last_is_an_air_strike() -> None:
    text = "وقصفت قوات النظام أمس بلدة داعل في ريف درعا الأوسط بالبراميل المتفجرة."
    assert _subs(text) == ["Air/drone strike"]


def test_bombardment_carried_out_by_warplanes_is_an_air_strike() -> None:
    text = "وقتل أربعة مدنيين أمس في قصف على بلدة سراقب بريف إدلب نفذته طائرات حربية."
    assert _subs(text) == ["Air/drone strike"]


def test_targeting_with_drones_named_last_is_an_air_strike() -> None:
    text = "واستهدفت القوات التركية أمس قرية تل رفعت بالطائرات المسيرة."
    assert _subs(text) == ["Air/drone strike"]


def test_shelling_with_heavy_artillery_named_last_stays_shelling() -> None:
    text = "وقصفت قوات النظام أمس بلدة داعل في ريف درعا الأوسط بالمدفعية الثقيلة."
    assert _subs(text) == ["Shelling/artillery/missile attack"]
