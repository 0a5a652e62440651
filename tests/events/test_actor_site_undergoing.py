"""A civilian site as the subject of a verb of undergoing ("تعرضت الأحياء السكنية لقصف") is the
place the act hit: its victims are civilians, as when the site follows the trigger."""

from __future__ import annotations

import pytest

import rasad


def _strikes(text: str) -> list[dict]:
    events = rasad.extract(text, published="2016-02-11")["events"]
    return [e for e in events if e["event_type"] == "Explosions/Remote violence"]


@pytest.mark.parametrize(
    "text",
    [
        "وتعرضت الأحياء السكنية في مدينة تعز لقصف المتمردين الحوثيين يوم الأربعاء.",
        "وتعرض سوق شعبي في مدينة تعز لقصف صاروخي من الحوثيين يوم الأربعاء.",
    ],
)
def test_a_site_undergoing_the_shelling_makes_its_victims_civilians(text: str) -> None:
    strikes = _strikes(text)
    assert strikes, "no shelling read"
    assert strikes[0]["actor1"] == "Military Forces of Yemen (2015-2017) Houthi-Saleh"
    assert strikes[0]["actor2"] == "Civilians (Yemen)"


def test_a_position_of_a_force_undergoing_shelling_is_that_force() -> None:
    strikes = _strikes(
        "وتعرضت مواقع الجيش السوري في ريف حماة لقصف من الفصائل المعارضة يوم الأربعاء."
    )
    assert strikes, "no shelling read"
    assert strikes[0]["actor2"] == "Military Forces of Syria (2000-2024)"
