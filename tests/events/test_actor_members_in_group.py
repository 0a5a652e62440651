"""Men counted before "في" and a group ("عشرين ناشطا في جماعة بوكو حرام") are the group's own
members, as with "من": when a force says it killed them, the group is the side it hit, not
the doer of the killing."""

from __future__ import annotations

import pytest

import rasad

BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
ARMY = "Military Forces of Nigeria"


@pytest.mark.parametrize(
    "text",
    [
        "الجيش النيجيري أعلن أنه قتل صباح السبت خمسة عشر ناشطا في جماعة بوكو حرام خلال "
        "اشتباك قرب بلدة باما.",
        "وقال الجيش النيجيري إن جنوده قتلوا ثلاثين مقاتلا في بوكو حرام في معارك قرب باما.",
        "قتل الجيش النيجيري أمس اثني عشر ناشطا في جماعة بوكو حرام في هجوم على معسكر قرب باما.",
    ],
)
def test_members_counted_before_fi_are_the_group_hit(text: str) -> None:
    events = rasad.extract(text, published="2015-03-08")["events"]
    assert events, "no event read"
    e = events[0]
    assert e["actor1"] == ARMY
    assert e["actor2"] == BOKO
