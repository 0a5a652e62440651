"""Aircraft named with a pronoun for the force told before ("فيما قصفت مقاتلاته تعزيزات",
"قصفت طائراتهم") are aircraft: the fire is an air/drone strike; its artillery named so
("قصفت مدفعيته") stays shelling."""

from __future__ import annotations

import rasad


def _subs(text: str, published: str = "2018-06-24") -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published=published)["events"]]


def test_fighter_jets_with_a_pronoun_strike_from_the_air() -> None:
    text = (
        "وتقدمت القوات الحكومية نحو مدينة التحيتا يوم الخميس، فيما قصفت مقاتلاته تعزيزات "
        "للمتمردين في المدينة."
    )
    assert _subs(text) == ["Air/drone strike"]


def test_planes_with_a_pronoun_strike_from_the_air() -> None:
    text = (
        "وتقدمت القوات الحكومية نحو مدينة التحيتا يوم الخميس، فيما قصفت طائراته تعزيزات "
        "للمتمردين في المدينة."
    )
    assert _subs(text) == ["Air/drone strike"]


def test_artillery_with_a_pronoun_stays_shelling() -> None:
    text = (
        "وتقدمت القوات الحكومية نحو مدينة التحيتا يوم الخميس، فيما قصفت مدفعيته تعزيزات "
        "للمتمردين في المدينة."
    )
    assert _subs(text) == ["Shelling/artillery/missile attack"]
