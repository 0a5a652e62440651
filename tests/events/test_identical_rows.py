"""Rows of one article equal on date, place, sub-type, actors and certainty are one event."""

from __future__ import annotations

from rasad.document import Event, Evidence
from rasad.events.identical_rows import one_row_each


def _row(text: str, *, fatalities: int = 0, actor2: str | None = "Civilians (Syria)") -> Event:
    return Event(
        event_date="2019-05-06",
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Military Forces of Syria",
        actor2=actor2,
        location="Kafr Nabl",
        admin1="Idlib",
        admin2=None,
        country="Syria",
        iso="760",
        latitude=35.61,
        longitude=36.56,
        geo_precision=1,
        fatalities=fatalities,
        claimed_by=None,
        certainty="reported",
        notes="",
        evidence=Evidence(0, len(text), text),
        confidence=0.8,
    )


def test_retold_strike_is_one_row_with_the_lowest_count():
    rows = [
        _row("قصفت الطائرات بلدة كفرنبل فقتلت خمسة", fatalities=5),
        _row("وتعرضت كفرنبل لقصف جوي"),
        _row("وقتل ثلاثة في القصف على البلدة", fatalities=3),
    ]
    out = one_row_each(rows)
    assert len(out) == 1
    assert out[0].fatalities == 3
    assert out[0].evidence.text.startswith("قصفت الطائرات")


def test_rows_with_other_sides_stay_apart():
    rows = [_row("قصفت الطائرات كفرنبل"), _row("قصفت الطائرات مقرا للمسلحين", actor2=None)]
    assert len(one_row_each(rows)) == 2
