"""A launched weapon is coded where it was aimed, not where it was launched from: "أطلق
الحوثيون صاروخا من صعدة باتجاه جازان" is a missile attack on Jizan. A place reached by "إلى"
(where the wounded were taken) does not take the scene from the place that was hit."""

from __future__ import annotations

import rasad


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in rasad.extract(text, published="2018-06-17")["events"]]


def test_a_missile_launched_towards_a_city_is_placed_there():
    assert _locations("أطلق الحوثيون صاروخا باليستيا من صعدة باتجاه جازان.") == ["Jizan"]


def test_an_interception_is_placed_where_the_missile_was_aimed():
    text = "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون من صعدة باتجاه جازان."
    assert _locations(text) == ["Jizan"]


def test_where_the_wounded_were_taken_is_not_the_scene():
    text = "قصف الحوثيون معسكرا شرق مدينة قعطبة وأسعف الجرحى إلى مدينة دمت."
    assert "Hammam Damt" not in _locations(text)
