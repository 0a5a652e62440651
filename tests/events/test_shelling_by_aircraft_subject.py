"""Aircraft right after "قصف" are its subject: what they shell is an air strike."""

from __future__ import annotations

from tests.events.helpers import typed_places

PUB = "2018-05-02"


def _rows(text: str) -> list[tuple[str, str | None]]:
    return typed_places(text, PUB)


def test_helicopters_as_the_subject_of_shelling() -> None:
    text = "قصفت المروحيات الروسية بلدة كفرنبل في ريف إدلب أمس."
    assert _rows(text) == [("Air/drone strike", "Kafr Nabl")]


def test_artillery_shelling_stays_shelling() -> None:
    text = "قصفت المدفعية الروسية بلدة كفرنبل في ريف إدلب أمس."
    assert _rows(text) == [("Shelling/artillery/missile attack", "Kafr Nabl")]
