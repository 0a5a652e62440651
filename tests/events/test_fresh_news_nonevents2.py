"""Non-event classes from a sixth audit of fresh news (70 unseen articles, 15 of them politics
and statements): an act only neared ("على وشك", "مع اقتراب … من"), a precaution against one
("تحسبا لـ"), an act dated months or years back ("قبل أكثر من أربعة أشهر", "قبل نحو عامين"), a
past event after "منذ" + verb, and "usurping power" read as rape."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2016-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


# ---- an act neared or guarded against is not done ---------------------------------------------
def test_forces_about_to_retake_a_town_retake_nothing_yet() -> None:
    text = "وباتت القوات الحكومية على وشك استعادة مدينة البوكمال، بحسب مصدر عسكري."
    assert _subs(text) == []


def test_forces_approaching_the_liberation_of_a_city_took_nothing_yet() -> None:
    assert _subs("ويأتي ذلك مع اقتراب قوات الجيش العراقي من تحرير مدينة الموصل.") == []


def test_a_town_retaken_is_still_an_event() -> None:
    text = "واستعادت القوات الحكومية مدينة البوكمال الأحد."
    assert _subs(text) == ["Government regains territory"]


def test_a_precaution_against_an_attack_is_no_attack() -> None:
    assert _subs("وأخلت الشرطة مراكزها في مدينة الرمادي تحسبا لهجوم تنظيم داعش.") == []


def test_a_precaution_against_shelling_is_no_shelling() -> None:
    assert _subs("وأخلت الشرطة مراكزها في مدينة الرمادي تحسبا لقصف الطيران.") == []


# ---- months or years back ----------------------------------------------------------------------
def test_an_assassination_more_than_four_months_back_is_background() -> None:
    text = "وكان مسلحون قد اغتالوا قبل أكثر من أربعة أشهر قاضيا في مدينة درنة."
    assert _subs(text) == []


def test_a_capture_about_two_years_back_is_background() -> None:
    assert _subs("وسيطر التنظيم على بلدة القريتين قبل نحو عامين.") == []


def test_a_killing_with_its_own_day_beside_a_capture_a_year_back_stays() -> None:
    text = "وقتل مسلحون قاضيا في مدينة درنة الأحد، في قرية سيطروا عليها قبل عام."
    assert _subs(text) != []


def test_since_with_a_past_verb_tells_a_past_capture() -> None:
    text = "ويعيش السكان في ظروف صعبة منذ سيطر المسلحون على مدينة سرت."
    assert _subs(text) == []


# ---- usurping power ----------------------------------------------------------------------------
def test_usurping_power_is_no_sexual_violence() -> None:
    assert _subs("وقال المتحدث إن الحوثيين اغتصبوا السلطة في صنعاء.") == []


def test_a_rape_is_still_sexual_violence() -> None:
    text = "واغتصب مسلحون امرأة في قرية قرب مدينة الفاشر الأحد."
    assert _subs(text) == ["Sexual violence"]


# ---- what a strike destroys, and booby-trapped mail ---------------------------------------------
def test_reinforcements_destroyed_are_no_movement_of_forces() -> None:
    text = "ودمر المقاتلون تعزيزات عسكرية للجيش قرب مدينة تعز الأحد."
    assert "Change to group/activity" not in _subs(text)


def test_reinforcements_sent_are_still_a_movement_of_forces() -> None:
    text = "وأرسلت القوات الحكومية تعزيزات عسكرية إلى مدينة تعز الأحد."
    assert _subs(text) == ["Change to group/activity"]


def test_booby_trapped_email_is_no_explosive() -> None:
    text = "وقال اليوروبول إن العصابة ترسل رسائل إلكترونية مفخخة إلى موظفي البنوك في إسبانيا."
    assert _subs(text) == []


def test_a_car_bomb_is_still_an_explosive() -> None:
    text = "وانفجرت سيارة مفخخة الأحد قرب سوق شعبي في مدينة كركوك."
    assert _subs(text) == ["Remote explosive/landmine/IED"]
