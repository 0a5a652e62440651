"""A death word told at its own town before a scene cut ("، كما", "، فيما", "، وقتل") is an
act of its own, not the toll of an act told after the cut at another town; the act after the
cut counts its dead from the cut on."""

from __future__ import annotations

from functools import cache

import rasad
from rasad.events.stage import Events
from rasad.pipeline import Pipeline, default_pipeline, extract


def rows(text: str, published: str = "2014-09-20") -> list[tuple[str, str, int]]:
    events = rasad.extract(text, published=published)["events"]
    return sorted((e["location"], e["event_type"], e["fatalities"]) for e in events)


def test_killing_before_kama_is_its_own_event_beside_a_strike_elsewhere() -> None:
    text = (
        "قتل تسعة عناصر من الشرطة في هجوم على مركز في مدينة الرمادي، كما قتل أربعة "
        "آخرون في قصف على الفلوجة."
    )
    found = rows(text)
    assert [(loc, fat) for loc, _, fat in found] == [("Fallujah", 4), ("Ramadie", 9)]


def test_killing_before_fima_keeps_its_town_and_toll() -> None:
    text = (
        "قتل ستة جنود في هجوم على حاجز في مدينة إدلب، فيما قتل ثلاثة آخرون في غارة جوية "
        "على مدينة حماة."
    )
    found = rows(text)
    assert ("Idlib", "Battles", 6) in found
    assert ("Hama", "Explosions/Remote violence", 3) in found


def test_second_strike_after_the_cut_counts_its_own_dead() -> None:
    # the dead of "، كما قتل أربعة" stand before the midpoint between the two strike words
    text = "قتل تسعة أشخاص في قصف على مدينة إدلب، كما قتل أربعة آخرون في قصف على مدينة حماة."
    found = rows(text)
    assert ("Idlib", "Explosions/Remote violence", 9) in found
    assert ("Hama", "Explosions/Remote violence", 4) in found


def test_joined_killing_at_another_town_is_its_own_event() -> None:
    text = "قتل سبعة جنود في هجوم في مدينة الرمادي، وقتل ثلاثة جنود آخرين في مدينة الفلوجة."
    found = rows(text)
    assert [(loc, fat) for loc, _, fat in found] == [("Fallujah", 3), ("Ramadie", 7)]


def test_killing_at_the_same_town_stays_the_strikes_toll() -> None:
    # no other scene across the cut: the dead are the strike's, no second event
    text = "قتل عشرة أشخاص في قصف على مدينة دوما، كما قتل خمسة آخرون في قصف على المدينة."
    found = rows(text)
    assert len(found) == 1 and found[0][0] == "Douma"


def test_killing_without_a_town_of_its_own_stays_the_acts_toll() -> None:
    text = "قتل ستة مدنيين، كما قتل ثلاثة آخرون في غارة جوية على مدينة حماة."
    found = rows(text)
    assert len(found) == 1 and found[0][:2] == ("Hama", "Explosions/Remote violence")


def test_act_before_the_cut_counts_its_dead_up_to_the_cut() -> None:
    # the killing across the cut is another scene's act: the bombing keeps its 21 dead though
    # they are told past the midpoint between the two act words
    text = (
        "أدى تفجير انتحاري في مدينة كركوك صباح اليوم إلى مقتل 21 شخصا، فيما قتل شرطي "
        "في هجوم منفصل في مدينة الموصل."
    )
    found = rows(text, "2014-03-02")
    assert ("Kirkuk", "Explosions/Remote violence", 21) in found
    assert not any(loc == "Kirkuk" and fat != 21 for loc, _, fat in found)


def test_one_killing_across_the_cut_is_not_merged_with_the_act_before_it() -> None:
    # no counted toll on either side (one man each): the scene cut alone keeps them apart
    text = (
        "لقي ضابط في الشرطة مصرعه في هجوم مسلح جنوب مدينة كركوك، فيما قتل جندي "
        "على أيدي مسلحين في مدينة الموصل."
    )
    locations = [loc for loc, _, _ in rows(text, "2014-03-02")]
    assert "Kirkuk" in locations


def test_a_count_in_a_tally_after_the_cut_is_no_act_of_its_own() -> None:
    # "وقتيلا في حماة": a noun counted in a list of towns, not a verb telling an act
    text = "وثق المرصد مقتل 40 شخصا في قصف على مدينة دوما، و12 في حلب، وقتيلا في مدينة حماة."
    assert "Hama" not in [loc for loc, _, _ in rows(text, "2014-03-02")]


@cache
def keep_all() -> Pipeline:
    """The default pipeline keeping every event, however low its confidence."""
    stages = default_pipeline().stages
    return Pipeline([Events(min_confidence=0) if s.name == "events" else s for s in stages])


def test_killing_across_the_cut_takes_no_doer_named_for_the_other_scene() -> None:
    text = (
        "أدى تفجير انتحاري تبناه تنظيم الدولة الإسلامية في مدينة كركوك إلى مقتل 21 "
        "شخصا، فيما قتل جنديان في هجوم منفصل في مدينة الموصل."
    )
    events = extract(text, published="2014-03-02", pipeline=keep_all())["events"]
    mosul = [e for e in events if e["location"] == "Mosul"]
    assert mosul and all("Islamic State" not in (e["actor1"] or "") for e in mosul)
