"""Typing slips from an audit of event types: an attempt one is accused of, interception
systems struck, police raids read as air strikes, and kinds of torture described."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2024-05-01") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


# ---- an accused attempt -------------------------------------------------------------------------
def test_the_attempt_the_accused_is_charged_with_is_no_attack() -> None:
    text = "قالت الشرطة في بغداد الأحد إنها اعتقلت المتهم الرئيسي بمحاولة اغتيال محافظ البصرة."
    assert _subs(text) == ["Arrests"]


def test_a_suspect_accused_of_an_attempted_killing_gives_only_the_arrest() -> None:
    text = "أعلنت السلطات في الموصل توقيف شخص متهم بمحاولة اغتيال ضابط الأسبوع الماضي."
    assert _subs(text) == ["Arrests"]


def test_an_attempted_assassination_reported_as_done_is_still_an_attack() -> None:
    text = "نجا محافظ البصرة الأحد من محاولة اغتيال بعد أن أطلق مسلحون النار على موكبه."
    assert "Attack" in _subs(text)


# ---- interception systems struck ----------------------------------------------------------------
def test_a_strike_on_interception_systems_is_the_strike() -> None:
    text = "قصفت القوات الروسية أنظمة اعتراض أوكرانية في مدينة خاركيف يوم الثلاثاء."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_missiles_intercepted_are_still_disrupted_weapons_use() -> None:
    text = "اعترضت الدفاعات الجوية السعودية الثلاثاء صاروخا باليستيا أطلق نحو مدينة جازان."
    assert "Disrupted weapons use" in _subs(text)


# ---- police raids -------------------------------------------------------------------------------
def test_a_police_raid_on_dens_is_no_air_strike() -> None:
    text = "شنت الشرطة غارات على أوكار تجار المخدرات في مدينة البصرة يوم الاثنين."
    assert "Air/drone strike" not in _subs(text)


def test_a_security_forces_raid_on_a_hideout_is_no_air_strike() -> None:
    text = "نفذت قوات الأمن غارة على مخبأ لعصابة في حي الصدر ببغداد الأحد."
    assert "Air/drone strike" not in _subs(text)


def test_an_army_raid_is_still_an_air_strike() -> None:
    text = "شن الجيش الإسرائيلي غارات على مواقع في خان يونس يوم الاثنين."
    assert _subs(text) == ["Air/drone strike"]


# ---- kinds of torture ---------------------------------------------------------------------------
def test_all_kinds_of_torture_describe_a_practice_no_event() -> None:
    text = "قال معتقلون سابقون في سجن صيدنايا بريف دمشق إنهم تعرضوا لشتى أنواع التعذيب."
    assert _subs(text) == []


def test_a_detainee_tortured_to_death_on_a_day_is_still_an_event() -> None:
    text = "قال ناشطون إن معتقلا توفي تحت التعذيب في سجن بحلب يوم السبت."
    assert _subs(text) != []
