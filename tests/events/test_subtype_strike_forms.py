"""How outlets write air strikes rasad used to miss: a striking verb with the aircraft as its
subject right after it ("دمرت مقاتلات التحالف …", "أغارت المقاتلات …"), and drones "من دون
طيار" / "بلا طيار"."""

from __future__ import annotations

import pytest

import rasad

AIR = ("Explosions/Remote violence", "Air/drone strike")


def _rows(text: str) -> list[tuple[str, str]]:
    events = rasad.extract(text, published="2018-05-10")["events"]
    return [(e["event_type"], e["sub_event_type"]) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "دمرت مقاتلات التحالف منظومة اتصالات عسكرية للحوثيين في مديرية حيدان بمحافظة صعدة.",
        "أغارت المقاتلات الإسرائيلية على مواقع عسكرية في محيط مدينة القنيطرة.",
        "قال مسؤولون إن ضربة أمريكية بطائرة بلا طيار قتلت أربعة مسلحين في مدينة مأرب.",
        "قتل خمسة مسلحين بصواريخ أطلقتها طائرة من دون طيار على منزل في مدينة مأرب.",
    ],
)
def test_the_strike_is_read(text: str) -> None:
    assert _rows(text) == [AIR]


@pytest.mark.parametrize(
    "text",
    [
        # the aircraft is the object: the verb's subject comes first, or the verb is plural
        "دمرت القوات طائرة مسيرة أطلقها المسلحون باتجاه مدينة جازان.",
        "دمروا طائرة حربية في مطار الطبقة العسكري.",
    ],
)
def test_an_aircraft_destroyed_is_no_air_strike(text: str) -> None:
    assert AIR not in _rows(text)
