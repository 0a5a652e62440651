"""A singular death verb right after "الذي"/"التي" ("أبو محمد، الذي قتل في غارة جوية") is told of
the one person named before the relative pronoun: one dead, not the unnumbered three; the
active reading with an object after the verb ("الغارة التي قتلت مدنيين") keeps its own."""

from __future__ import annotations

import pytest

import rasad


def fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in rasad.extract(text, published="2018-04-11")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الجيش مقتل القيادي في التنظيم أبو بكر، الذي قتل في غارة جوية قرب مدينة الرقة الأحد.",
        "نعت النقابة الصحفية منى سالم التي قتلت برصاص قناص في مدينة تعز الأحد.",
        "نعت الحركة عضوها خالد منصور، الذي استشهد خلال قصف على بلدة بيت حانون الأحد.",
    ],
)
def test_the_one_named_before_the_relative_is_one_dead(text: str) -> None:
    assert fatalities(text) == [1]


def test_an_object_after_the_verb_keeps_the_unnumbered_dead() -> None:
    text = "قال ناشطون إن الغارة التي قتلت مدنيين في سوق بمدينة صعدة الأحد شنتها طائرات التحالف."
    assert fatalities(text) == [3]
