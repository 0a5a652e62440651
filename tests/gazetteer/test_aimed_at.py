"""'على' names the place an act of war hit ("أطلقوا صاروخا على جازان"), and only then: the
preposition alone precedes any noun, and "على متنه" is "aboard", not a village."""

from __future__ import annotations

from rasad.arabic.stages import Tokenize
from rasad.document import Document
from rasad.gazetteer.stage import Places

_STAGE = Places()


def _places(text: str) -> list[tuple[str, str]]:
    doc = _STAGE(Tokenize()(Document("d", text)))
    return [(doc.text[s.start : s.end], s.value.name) for s in doc.layer("places")]


def test_a_city_an_act_of_war_hit_after_ala_is_a_place() -> None:
    text = "قال المتحدث إن الحوثيين أطلقوا صاروخا باليستيا على جازان."
    assert _places(text) == [("جازان", "Jizan")]


def test_ala_without_an_act_names_no_place() -> None:
    assert _places("وقال إن الوزير سلم على جازان الذي حضر اللقاء.") == []


def test_aboard_is_no_village() -> None:
    text = "غرق قارب في نهر دجلة وكان على متنه عشرات الركاب."
    assert all(name != "Matnah" for _, name in _places(text))
