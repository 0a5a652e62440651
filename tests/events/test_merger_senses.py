"""A merger of armed groups is a change to the group; companies merging and merger talks are
not."""

from __future__ import annotations

import rasad

PUB = "2016-07-21"


def _types(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=PUB)["events"]]


def test_armed_factions_merging_is_a_change_to_the_group() -> None:
    text = "أعلنت فصائل المعارضة المسلحة في ريف حلب اليوم اندماجها في جيش موحد."
    assert _types(text) == ["Change to group/activity"]


def test_a_company_merging_is_no_event() -> None:
    text = (
        "ارتفع سهم الشركة الهولندية بعدما أعلنت اندماجها مع منافستها الأمريكية في أمستردام "
        "اليوم."
    )
    assert _types(text) == []


def test_merger_talks_are_no_event() -> None:
    text = "وقالت مصادر إن فصائل المعارضة في ريف حلب تجري محادثات اندماج منذ أيام."
    assert _types(text) == []
