"""The plural and dual of the verbs of intent and preparation ("يستعدون", "ينوون", "كانا
يستعدان") name an act still to come, as the singular does; an act told in its own clause
before them is still an event."""

from __future__ import annotations

import pytest

import rasad


def _rows(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-05-18")["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر محلية إن المسلحين يستعدون لشن هجوم واسع على بلدة الحويجة.",
        "وقال سكان إن مقاتلي التنظيم ينوون اقتحام بلدة الحويجة خلال أيام.",
        "وقال الوزير إن شابين كانا يستعدان لتنفيذ اعتداء بعبوة ناسفة في مدينة ليون.",
    ],
)
def test_an_act_intended_by_many_is_no_event(text: str) -> None:
    assert _rows(text) == []


def test_an_act_told_before_the_intent_is_an_event() -> None:
    rows = _rows("قصف المسلحون بلدة الحويجة بقذائف الهاون أمس، فيما يستعدون لشن هجوم جديد عليها.")
    assert rows == ["Shelling/artillery/missile attack"]
