"""A missile or shell an aircraft fired or dropped, told by a relative verb after the weapon
("بصواريخ أطلقتها طائرة مسيرة", "بصاروخ ألقته مروحية"), is an air strike (ACLED: Air/drone
strike when aircraft are the means), not shelling; a shell a tank fired stays shelling."""

from __future__ import annotations

import rasad


def _events(text: str, published: str = "2019-03-04") -> list[dict]:
    return rasad.extract(text, published=published)["events"]


def test_missiles_fired_by_a_drone_are_an_air_strike() -> None:
    text = "قتل أربعة مسلحين بصواريخ أطلقتها طائرة أمريكية من دون طيار على سيارتهم في مأرب أمس."
    events = _events(text)
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]
    assert events[0]["actor1"].startswith("Military Forces of the United States")


def test_a_shell_fired_by_a_tank_stays_shelling() -> None:
    text = "قتل مدنيان بقذيفة أطلقتها دبابة إسرائيلية على منزل في بيت حانون أمس."
    assert [e["sub_event_type"] for e in _events(text)] == ["Shelling/artillery/missile attack"]
