"""Armed men an arrest holds are the side held, never the captors: "تم القبض على ثلاثة
مسلحين" is the state's arrest of an armed group (ACLED: arrests are by state forces), and a
cell "مرتبطة بتنظيم القاعدة" names the group of the people held, not who holds them."""

from __future__ import annotations

import rasad


def _first(text: str, published: str = "2018-08-11") -> dict:
    events = rasad.extract(text, published=published)["events"]
    assert events, f"no event read in {text!r}"
    return events[0]


def test_counted_gunmen_after_a_passive_arrest_are_held() -> None:
    event = _first("وقال شهود عيان إنه تم القبض على ثلاثة مسلحين في مدينة السلط.")
    assert event["sub_event_type"] == "Arrests"
    assert event["actor1"] == "Police Forces of Jordan"
    assert event["actor2"] == "Unidentified Armed Group (Jordan)"


def test_counted_gunmen_of_a_named_group_are_held_with_their_group() -> None:
    event = _first("تم القبض على ثلاثة مسلحين من تنظيم داعش في مدينة الموصل أمس.")
    assert event["sub_event_type"] == "Arrests"
    assert event["actor1"].startswith("Police Forces of Iraq")
    assert event["actor2"] == "Islamic State (Iraq)"


def test_a_cell_linked_to_a_group_is_held_by_the_security_services() -> None:
    text = (
        "قامت أجهزة الأمن الجزائرية السبت بتفكيك خلية مرتبطة بتنظيم القاعدة في بلاد المغرب "
        "الإسلامي وألقت القبض على سبعة من أعضائها في ولاية تمنراست."
    )
    event = _first(text, published="2013-03-09")
    assert event["sub_event_type"] == "Arrests"
    assert event["actor1"] == "Police Forces of Algeria"
    assert event["actor2"] == "AQIM: Al Qaeda in the Islamic Maghreb"


def test_gunmen_who_abduct_stay_the_captors() -> None:
    event = _first("اختطف مسلحون عنصرين من حزب الله في منطقة عرسال أمس.")
    assert event["sub_event_type"] == "Abduction/forced disappearance"
    assert event["actor1"] == "Unidentified Armed Group (Lebanon)"


def test_a_source_close_to_the_security_services_is_no_side() -> None:
    text = (
        "افاد مصدر مقرب من اجهزة الامن الكاميرونية أمس ان 11 مدنيا على الاقل قتلوا في تفجير "
        "انتحاري مزدوج في مدينة فوتوكول في اقصى شمال الكاميرون."
    )
    event = _first(text, published="2015-07-13")
    assert event["actor2"] == "Civilians (Cameroon)"
