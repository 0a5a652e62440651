"""What spares the places stage the scoring of candidates whose choice is known beforehand:
the choices must be exactly those scoring gives."""

from __future__ import annotations

import pytest

from rasad.gazetteer import resolve
from rasad.gazetteer.index import Entry
from rasad.gazetteer.resolve import Mention, choose


def _entry(i: int, lat: float, lon: float, code: str = "PPL", pop: int = 0) -> Entry:
    return Entry(f"t:{i}", f"V{i}", "قرية", "SY", f"A{i}", "", lat, lon, code, pop, "test")


def _choose(mention: Mention, noun_codes: frozenset[str] = frozenset()) -> Mention:
    choose(mention, noun_codes=noun_codes, context_admin1={}, context_country={}, anchors=())
    return mention


def _count_scores(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = resolve._score

    def counted(*args: object) -> float:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(resolve, "_score", counted)
    return calls


@pytest.mark.parametrize("noun_codes", [frozenset(), frozenset({"ADM1"}), frozenset({"PPL"})])
def test_a_lone_candidate_is_chosen_without_scoring(monkeypatch, noun_codes) -> None:
    calls = _count_scores(monkeypatch)
    lone = _entry(0, 35.0, 37.0)
    m = _choose(Mention(0, 4, "قريه", [lone], 0), noun_codes)
    assert (m.chosen, m.confidence, m.score_margin) == (lone, 0.9, 10.0)
    assert not calls


def test_two_candidates_are_still_scored(monkeypatch) -> None:
    calls = _count_scores(monkeypatch)
    town, hamlet = _entry(0, 35.0, 37.0, "PPLA2", 20_000), _entry(1, 33.0, 44.0)
    m = _choose(Mention(0, 4, "قريه", [hamlet, town], 0))
    assert m.chosen is town and len(calls) == 2 and m.score_margin < 10.0
