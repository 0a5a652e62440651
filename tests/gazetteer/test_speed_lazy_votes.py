"""The institution and movement votes read every word of an article; they are context for
the second resolution pass only, so they are computed only when a mention is scored with the
article's context, and then once."""

from __future__ import annotations

import rasad.gazetteer.stage as stage_module
from rasad.arabic.stages import Tokenize
from rasad.document import Document
from rasad.gazetteer.stage import Places


def _count_votes(monkeypatch, text: str) -> tuple[int, list[str]]:
    calls: list[int] = []
    real = stage_module.institution_votes

    def counting(dw, cues):
        calls.append(1)
        return real(dw, cues)

    monkeypatch.setattr(stage_module, "institution_votes", counting)
    doc = Places()(Tokenize()(Document("t", text)))
    return len(calls), [p.value.name for p in doc.layer("places")]


def test_no_votes_read_when_every_place_is_certain(monkeypatch):
    calls, names = _count_votes(monkeypatch, "وصل الوزير إلى دمشق أمس.")
    assert names == ["Damascus"]
    assert calls == 0


def test_votes_read_once_for_an_ambiguous_name(monkeypatch):
    calls, names = _count_votes(
        monkeypatch, "قتل عشرة من الحوثيين في غارات على مواقعهم في الجوف وفي الجوف أيضا."
    )
    assert calls == 1
    assert "Al Jawf" in names
