"""A force's cars and buses named right before it ("انفجار سيارتين للجيش", "حافلة للشرطة")
are the target it owns: the force is the side hit, not the one who struck."""

from __future__ import annotations

import pytest

import rasad


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "قال المتحدث إن الحركة تقف وراء انفجار سيارتين للجيش المالي بين غاو وهومبوري أمس.",
            "Military Forces of Mali",
        ),
        (
            "قتل ثلاثة أشخاص في تفجير سيارة للجيش اللبناني في بلدة عرسال أمس.",
            "Military Forces of Lebanon (2021-)",
        ),
    ],
)
def test_the_vehicles_owner_is_the_side_hit(text: str, force: str) -> None:
    events = rasad.extract(text, published="2016-02-07")["events"]
    assert events, "no blast read"
    assert events[0]["actor1"] != force
    assert events[0]["actor2"] == force
