"""Arrests made at a demonstration or a riot are how it was put down, not an event of their own
(ACLED: one event per day, place, type and actor pair; a protest dispersed or suppressed is a
protest with intervention). The detention may be read as an abduction with the crowd and the
force in either slot, and the crowd may be rioters: each still joins the demonstration told at
that place on that day. An abduction by gunmen stays its own event."""

from __future__ import annotations

import rasad


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    events = rasad.extract(text, published="2024-03-08")["events"]
    return sorted((e["sub_event_type"], e["actor1"], e["actor2"]) for e in events)


def test_police_dispersing_and_detaining_protesters_is_one_protest_with_intervention() -> None:
    text = (
        "تظاهر مئات المواطنين في مدينة إربد شمال الأردن يوم الجمعة احتجاجا على ارتفاع "
        "الأسعار. وقالت مصادر إن الشرطة الأردنية فرقت المحتجين واعتقلت عددا منهم."
    )
    assert _rows(text) == [
        ("Protest with intervention", "Protesters (Jordan)", "Police Forces of Jordan")
    ]


def test_rioters_arrested_at_their_riot_are_that_riot() -> None:
    text = (
        "اندلعت أعمال شغب في مدينة إربد يوم الجمعة وأحرق مشاغبون سيارات للشرطة. "
        "واعتقلت الشرطة الأردنية عشرات المشاغبين في إربد يوم الجمعة."
    )
    assert _rows(text) == [("Violent demonstration", "Rioters (Jordan)", "Police Forces of Jordan")]


def test_gunmen_abducting_protesters_stay_an_abduction_beside_the_protest() -> None:
    text = (
        "تظاهر مئات المواطنين في مدينة إربد يوم الجمعة. "
        "وخطف مسلحون مجهولون ثلاثة من المحتجين في إربد يوم الجمعة."
    )
    subs = [row[0] for row in _rows(text)]
    assert subs == ["Abduction/forced disappearance", "Peaceful protest"]
