"""A district (ADM2) and a town of another district of the same province are two scenes: a
capture told in each is two events (merge_scene._outside_district). Full pipeline, texts
written for these tests."""

from __future__ import annotations

import rasad

PUBLISHED = "2015-08-11"
TAKEOVER = "Non-state actor overtakes territory"


def _takeovers(text: str) -> list[dict]:
    out = rasad.extract(text, published=PUBLISHED)["events"]
    return [e for e in out if e["sub_event_type"] == TAKEOVER]


def test_a_capture_in_another_district_is_its_own_event() -> None:
    text = (
        "أعلنت المقاومة الشعبية يوم الإثنين سيطرتها على مواقع للحوثيين في مديرية لودر "
        "بمحافظة أبين.\n"
        "وفي المحافظة نفسها، سيطر مقاتلو المقاومة الشعبية مساء الإثنين على مدينة شقرة "
        "الساحلية."
    )
    assert sorted(e["location"] for e in _takeovers(text)) == ["Lawdar", "Shuqrah"]


def test_a_town_of_the_district_told_again_stays_one_capture() -> None:
    text = (
        "أعلنت المقاومة الشعبية يوم الإثنين سيطرتها على مواقع للحوثيين في مديرية لودر "
        "بمحافظة أبين.\n"
        "وقالت مصادر ميدانية إن مقاتلي المقاومة الشعبية سيطروا على مدينة لودر بعد فرار "
        "الحوثيين."
    )
    assert len(_takeovers(text)) == 1
