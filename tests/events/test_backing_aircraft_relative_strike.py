"""Aircraft named as a ground force's backing ("بمساندة من مقاتلات التحالف") are still the doer
of a strike told in a relative clause on them ("، والتي قصفت مواقع"): an air strike."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-05-03") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_backing_jets_that_bombed_positions_make_an_air_strike() -> None:
    text = (
        "وتحظى قوات الشرعية بمساندة من مقاتلات التحالف العربي، والتي قصفت مواقع وتجمعات "
        "للحوثيين في مديرية باقم."
    )
    assert _subs(text) == ["Air/drone strike"]


def test_backing_jets_named_before_a_ground_forces_shelling_stay_backing() -> None:
    text = "وقصفت قوات الجيش بمساندة من طيران التحالف مواقع الحوثيين في مديرية باقم بالمدفعية."
    assert "Air/drone strike" not in _subs(text)
