"""Militants named by their creed ("الجهاديين"، "متشددون إسلاميون") are the unnamed armed
men of the story's country, a side of the fight they are told in."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_jihadists_fighting_french_troops_are_an_unidentified_armed_group() -> None:
    text = (
        "غاو (مالي) - قتل اثنان على الاقل وثلاثة مدنيين الاحد في المواجهات التي اندلعت بين "
        "مجموعة من الجهاديين والقوات الفرنسية في مدينة غاو شمال مالي."
    )
    events = events_of(text, "2013-02-12")
    assert events, "no event read"
    assert {events[0]["actor1"], events[0]["actor2"]} == {
        "Unidentified Armed Group (Mali)",
        "Military Forces of France",
    }
