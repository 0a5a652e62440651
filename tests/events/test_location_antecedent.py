"""A definite mention told at a place of its own ("قتلوا في الاشتباكات" after "وفي محافظة
الضالع،") refers to the events at that place: it never joins, and so never moves, an event told
earlier somewhere else. Without a place of its own it still takes up the event told before."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[tuple[str, str | None]]:
    return [
        (e["sub_event_type"], e["location"])
        for e in rasad.extract(text, published="2018-06-17")["events"]
    ]


_TAIZ = "دارت اشتباكات عنيفة بين القوات الحكومية ومسلحي الحوثي في مدينة تعز، الأحد.\n"


def test_the_clashes_told_in_another_province_are_their_own_event():
    text = _TAIZ + "وفي محافظة الضالع، قالت مصادر إن ثلاثة جنود قتلوا في الاشتباكات مع الحوثيين."
    events = _events(text)
    assert ("Armed clash", "Ta'izz") in events
    assert ("Armed clash", "Ad Dali") in events


def test_the_clashes_told_again_at_their_own_place_join_them():
    text = _TAIZ + "وقالت مصادر إن ثلاثة جنود قتلوا في الاشتباكات في مدينة تعز."
    assert _events(text) == [("Armed clash", "Ta'izz")]


def test_a_placeless_definite_mention_takes_up_the_event_told_before():
    text = _TAIZ + "وقالت مصادر إن ثلاثة جنود قتلوا في الاشتباكات."
    [event] = rasad.extract(text, published="2018-06-17")["events"]
    assert (event["location"], event["fatalities"]) == ("Ta'izz", 3)


def test_the_strikes_told_in_a_district_of_the_province_told_before_are_one_event():
    text = (
        "شنت مقاتلات التحالف سلسلة غارات على مواقع للحوثيين شمالي محافظة البيضاء.\n"
        "وقالت مصادر عسكرية إن الغارات أدت إلى تدمير تعزيزات للمتمردين في مديرية الملاجم."
    )
    assert _events(text) == [("Air/drone strike", "Al Malagim")]


def test_a_place_read_as_no_scene_does_not_split_the_event_told_before():
    # the tribe the abducted belong to is no scene: the account still takes up the abduction
    text = (
        "قالت مصادر أمنية إن مسلحين خطفوا 30 رجلا في ناحية خان بني سعد.\n"
        "وقالت المصادر إن شيخ العشيرة وثلاثة من أبنائه كانوا ضمن المخطوفين "
        "بالإضافة لسبعة من قبيلة البو حمدان."
    )
    assert len(rasad.extract(text, published="2015-07-21")["events"]) == 1
