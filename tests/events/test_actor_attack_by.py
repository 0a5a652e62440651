"""An attack noun followed by "من" and a force names who made the attack ("بغارة من طائرات
التحالف"), not its target; a place taken "من" a side still names the side that lost it."""

from __future__ import annotations

import rasad

COALITION = "Operation Restoring Hope"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"
SYRIA = "Military Forces of Syria (2000-2024)"


def _events(text: str, published: str = "2018-06-14") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_aircraft_after_a_strike_and_min_made_the_strike() -> None:
    text = (
        "وقصفت مدفعية قوات المقاومة مواقع ميليشيات الحوثي في منطقة النخيلة، التي استهدفت "
        "أيضا بغارة من طائرات التحالف."
    )
    strikes = [e for e in _events(text) if e["sub_event_type"] == "Air/drone strike"]
    assert strikes, "no air strike read"
    assert strikes[0]["actor1"] == COALITION
    assert strikes[0]["actor2"] != COALITION


def test_a_shelling_with_an_adjective_before_min_names_its_doer() -> None:
    text = "تعرضت بلدة كفرنبل في ريف إدلب أمس لقصف مدفعي من قوات النظام."
    shelling = [e for e in _events(text, "2018-05-10") if e["event_type"].startswith("Explosions")]
    assert shelling, "no shelling read"
    assert shelling[0]["actor1"] == SYRIA


def test_a_place_taken_from_a_side_still_names_the_loser() -> None:
    text = "استعادت قوات الجيش اليمني السيطرة على مديرية باقم من ميليشيات الحوثي الجمعة."
    events = _events(text, "2018-08-18")
    assert events, "no event read"
    assert events[0]["actor2"] == HOUTHI
