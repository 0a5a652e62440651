"""A blast in a drill is an accident (cues.yaml accident_explosions, accidents.py)."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_a_blast_during_a_drill_is_no_bombing() -> None:
    events = events_of(
        "ولقي جنديان من مشاة البحرية حتفهما في انفجار أثناء تدريبات بالذخيرة الحية في قاعدة "
        "كامب ليجون بولاية نورث كارولاينا.",
        "2013-03-20",
    )
    assert events == []


def test_a_blast_at_a_training_camp_is_kept() -> None:
    events = events_of("وقتل 20 جنديا في انفجار بمعسكر تدريب للجيش في مدينة عدن.", "2013-03-20")
    assert [e["fatalities"] for e in events] == [20]


def test_a_bomb_set_off_during_a_drill_is_kept() -> None:
    events = events_of(
        "وقتل 6 جنود في انفجار عبوة ناسفة أثناء تدريبات في معسكر بمدينة عدن.", "2013-03-20"
    )
    assert [e["sub_event_type"] for e in events] == ["Remote explosive/landmine/IED"]
