"""A bare "مسيرة" told as a march ("خلال مسيرة", "مسيرة سلمية") is no drone: an explosion or
shelling told with it keeps its own type; a drone named as one ("طائرة مسيرة", "بمسيرة
أمريكية") still makes an air/drone strike."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-24") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_an_explosion_during_a_march_is_no_drone_strike() -> None:
    text = (
        "أسفر انفجار وقع خلال مسيرة مؤيدة للحكومة في العاصمة نيروبي، السبت، "
        "عن سقوط عدد من القتلى والجرحى."
    )
    subs = _subs(text)
    assert subs, "no event read"
    assert "Air/drone strike" not in subs
    assert "Remote explosive/landmine/IED" in subs


def test_a_march_named_by_its_kind_is_no_drone() -> None:
    text = "قتل ثلاثة أشخاص في انفجار استهدف مسيرة سلمية في مدينة كراتشي يوم الأحد."
    subs = _subs(text)
    assert subs, "no event read"
    assert "Air/drone strike" not in subs


def test_a_drone_named_as_an_aircraft_still_strikes() -> None:
    text = "قتل ثلاثة مسلحين في انفجار طائرة مسيرة استهدفت سيارتهم في مدينة مأرب يوم الأحد."
    assert "Air/drone strike" in _subs(text)


def test_a_bare_drone_with_its_nationality_still_strikes() -> None:
    text = (
        "قتل قيادي في تنظيم القاعدة في قصف لمسيرة أمريكية استهدف سيارته في محافظة شبوة يوم الأحد."
    )
    assert "Air/drone strike" in _subs(text)
