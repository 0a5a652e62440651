"""The shooters named between the verb and the fire: "أطلق مسلحون النار على …" (triggers.yaml
fire_on)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_gunmen_named_between_verb_and_fire_shoot_a_priest() -> None:
    events = events_of(
        "أطلق مسلحون مجهولون النار على كاهن في مدينة بيشاور الثلاثاء وفروا من المكان.",
        "2019-04-10",
    )
    assert [e["sub_event_type"] for e in events] == ["Attack"]
    assert events[0]["location"] == "Peshawar"


def test_police_named_between_verb_and_fire_on_a_checkpoint_guard() -> None:
    events = events_of(
        "فتح عناصر من عصابة مسلحة الليلة الماضية النار على نقطة للشرطة في مدينة تعز.",
        "2019-04-10",
    )
    assert len(events) == 1
    assert (events[0]["actor2"] or "").startswith("Police Forces of Yemen")


def test_a_truce_on_all_fronts_is_no_shooting() -> None:
    events = events_of(
        "أعلنت الحكومة الثلاثاء التزامها بوقف إطلاق النار على جميع الجبهات في مدينة تعز.",
        "2019-04-10",
    )
    assert all(e["event_type"] != "Violence against civilians" for e in events)


def test_shooting_oneself_in_the_foot_is_a_saying() -> None:
    events = events_of(
        "وقال الوزير في بكين الثلاثاء إن فرض الرسوم سيكون كمن يطلق النار على قدميه.",
        "2019-04-10",
    )
    assert events == []
