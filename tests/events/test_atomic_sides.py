"""ACLED's atomic rule across a generic and a named rebel actor (full pipeline)."""

import rasad


def test_generic_rebels_and_a_named_faction_at_one_place_and_day_are_one_event():
    text = (
        "اندلعت اشتباكات عنيفة أمس بين فصائل المعارضة وقوات النظام في بلدة كفرنبل بريف إدلب.\n\n"
        "وقالت هيئة تحرير الشام إن مقاتليها اشتبكوا مع قوات النظام في كفرنبل وقتلوا خمسة عناصر."
    )
    out = rasad.extract(text, published="2019-03-10")
    clashes = [e for e in out["events"] if e["sub_event_type"] == "Armed clash"]
    assert len(clashes) == 1, clashes
    assert clashes[0]["event_date"] == "2019-03-09"


def test_two_different_state_forces_are_not_merged_by_the_rebel_rule():
    text = (
        "اندلعت اشتباكات أمس بين الجيش العراقي وتنظيم داعش في قضاء القائم.\n\n"
        "واندلعت اشتباكات أمس بين قوات البيشمركة ومسلحين من تنظيم داعش في قضاء سنجار."
    )
    out = rasad.extract(text, published="2018-04-10")
    places = {e["location"] for e in out["events"] if e["event_type"] == "Battles"}
    assert len(places) == 2, out["events"]
