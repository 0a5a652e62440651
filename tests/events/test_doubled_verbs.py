"""A doubled verb spelt with its shadda ("احتجّ") writes its last letter twice before "نا"
("احتججنا: we protested"); "احتجنا" is another verb ("we needed", from احتاج) and tells no
protest."""

from __future__ import annotations

import rasad
from rasad.events.lexicon import verb_forms


def test_doubled_verb_forms() -> None:
    forms = set(verb_forms("احتجّ|يحتجّ"))
    assert {"احتج", "احتجت", "احتجوا", "احتججنا", "يحتجون"} <= forms
    assert "احتجنا" not in forms


def test_a_verb_without_shadda_keeps_its_forms() -> None:
    assert "سيطرنا" in set(verb_forms("سيطر|يسيطر"))


def _rows(text: str) -> list[str]:
    return [e["sub_event_type"] for e in rasad.extract(text, published="2018-09-09")["events"]]


def test_we_needed_is_no_protest() -> None:
    assert _rows("وقال المدرب في لندن: ضغط المنافس بقوة واحتجنا إلى بعض الوقت لنجد الحلول.") == []


def test_they_protested_is_a_protest() -> None:
    rows = _rows("احتج مئات العمال أمام مقر الحكومة في لندن السبت على خفض الأجور.")
    assert rows == ["Peaceful protest"]
