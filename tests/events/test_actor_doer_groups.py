"""The group of a doer named by its men, its weapon or its bomber acts with it: "مسلحون من
تنظيم X" right after the verb, "طائرة مسيرة تابعة لـX", "انتحاري من حركة X"."""

from __future__ import annotations

from tests.events.helpers import events_of

IS_IRAQ = "Islamic State (Iraq)"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"


def test_gunmen_of_a_group_seizing_civilians_make_the_group_the_abductor() -> None:
    text = "اعتقل مسلحون من تنظيم داعش عشرة مدنيين في مدينة الموصل يوم الأحد."
    events = events_of(text, "2016-03-14")
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Abduction/forced disappearance"
    assert events[0]["actor1"] == IS_IRAQ
    assert events[0]["actor2"] == "Civilians (Iraq)"


def test_members_of_a_group_killing_civilians_are_the_attackers() -> None:
    text = "قتل عناصر من تنظيم داعش خمسة مدنيين في قرية قرب مدينة الموصل يوم الأحد."
    events = events_of(text, "2016-03-14")
    assert events, "no event read"
    assert events[0]["actor1"] == IS_IRAQ
    assert events[0]["actor2"] != IS_IRAQ


def test_members_of_a_group_held_by_the_police_stay_the_side_held() -> None:
    text = "اعتقلت الشرطة عناصر من تنظيم داعش في مدينة الموصل يوم الأحد."
    events = events_of(text, "2016-03-14")
    assert events, "no event read"
    assert events[0]["actor2"] == IS_IRAQ


def test_a_drone_belonging_to_a_group_is_the_group_striking() -> None:
    text = "هاجمت طائرة مسيرة مفخخة تابعة للحوثيين معسكرا للجيش في محافظة مأرب يوم الاثنين."
    events = events_of(text, "2019-06-10")
    assert events, "no event read"
    assert events[0]["actor1"] == HOUTHI
    assert events[0]["actor2"] != HOUTHI


def test_a_cell_belonging_to_a_group_held_is_not_the_captor() -> None:
    text = "أعلنت الشرطة اعتقال خلية تابعة لتنظيم داعش في مدينة الموصل يوم الأحد."
    events = events_of(text, "2016-03-14")
    assert events, "no event read"
    assert events[0]["actor1"] != IS_IRAQ


def test_a_group_shooting_at_an_owned_target_stays_the_attacker() -> None:
    text = "قالت مصادر إن طائرات التحالف استهدفت قوة تابعة للحوثيين في محافظة الجوف أمس."
    events = events_of(text, "2019-06-10")
    assert events, "no event read"
    assert events[0]["actor2"] == HOUTHI


def test_the_group_of_a_suicide_bomber_is_the_bomber_s_side() -> None:
    text = "فجر انتحاري من تنظيم داعش نفسه وسط حشد من المصلين في مدينة الرمادي أمس."
    events = events_of(text, "2016-03-14")
    assert events, "no event read"
    assert events[0]["sub_event_type"] == "Suicide bomb"
    assert events[0]["actor1"] == IS_IRAQ
