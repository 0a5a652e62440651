"""A scene of one list is no rival of a place in another list that contains it ("معارك في
محافظتي تعز والحديدة" … "المعارك دارت في جبهتي جبل صبر والضباب"), and copies of one account
split over its list share the sides another sentence names."""

from __future__ import annotations

import rasad


def _events(text: str) -> list[dict]:
    return rasad.extract(text, published="2015-08-09")["events"]


def test_split_copies_share_the_sides_of_the_account_before():
    text = (
        "اندلعت معارك عنيفة بين المقاومة الشعبية وميليشيات الحوثي في محافظة تعز، أمس. وقالت"
        " مصادر محلية إن المعارك دارت في جبهتي جبل صبر والضباب جنوب غرب المدينة."
    )
    events = _events(text)
    assert {e["location"] for e in events} == {"Jabal Sabir", "Ad Dabab"}
    assert all(e["actor1"] and e["actor2"] for e in events)


def test_a_province_of_one_list_merges_with_the_fronts_of_another():
    text = (
        "اندلعت معارك عنيفة بين المقاومة الشعبية وميليشيات الحوثي في محافظتي تعز والحديدة."
        " وقالت مصادر إن المعارك دارت في جبهتي جبل صبر والضباب."
    )
    events = _events(text)
    assert {e["location"] for e in events} == {"Al Hudaydah", "Jabal Sabir", "Ad Dabab"}
    assert all(e["actor1"] and e["actor2"] for e in events)
