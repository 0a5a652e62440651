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


def _scored_choices(index) -> dict[str, tuple[int, float, float]]:
    """Pass 1's choice of every name with several candidates, scored one by one."""
    from rasad.gazetteer.first_choices import candidates

    out = {}
    for key, payloads in index.finder.payloads.items():
        cands = candidates(index, payloads)
        if "!block" in payloads or len(cands) < 2:
            continue
        m = _choose(Mention(0, 0, key, cands, 0))
        best = [id(e) for e in cands].index(id(m.chosen))
        out[key] = (best, m.confidence, m.score_margin)
    return out


def test_the_table_of_first_choices_holds_what_scoring_gives(small_index) -> None:
    from rasad.gazetteer.first_choices import Choices, build_choices, first_choices

    table = dict(Choices(build_choices(small_index)).items())
    assert table == _scored_choices(small_index)
    assert {"جوبر", "برزه", "اليرموك"} <= set(table)  # the ambiguous names, and only they
    assert first_choices(small_index) is None  # an index made in memory: scored as met


def test_the_cached_table_of_the_packaged_index_is_the_scored_one(tmp_path, monkeypatch) -> None:
    from rasad.gazetteer import first_choices as fc
    from rasad.gazetteer.index import default_index

    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fc, "_TABLES", {})
    index = default_index()
    built = fc.first_choices(index)
    assert built is not None
    assert any(p.name.startswith("place-first-choices-") for p in tmp_path.iterdir())
    monkeypatch.setattr(fc, "_TABLES", {})
    monkeypatch.setattr(fc, "build_choices", lambda index: pytest.fail("not read back"))
    read = fc.first_choices(index)
    assert read is not None
    scored = _scored_choices(index)
    assert dict(read.items()) == dict(built.items()) == scored
    # each name is found by its key, and a name with one candidate is not listed
    assert all(read.get(key) == choice for key, choice in scored.items())
    payloads = index.finder.payloads.items()
    lone = next(k for k, p in payloads if len(p) == 1 and isinstance(p[0], int))
    assert read.get(lone) is None and read.get("") is None


def _count_choose(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from rasad.gazetteer import passes

    calls: list[str] = []
    real = passes.choose

    def counted(mention: Mention, **kwargs: object) -> None:
        calls.append(mention.key)
        real(mention, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(passes, "choose", counted)
    return calls


def test_a_bare_ambiguous_name_takes_its_choice_from_the_table(monkeypatch) -> None:
    from rasad.gazetteer.first_choices import first_choices
    from rasad.gazetteer.index import default_index

    from .conftest import run_places

    table = first_choices(default_index())
    assert table is not None and table.get("الموصل") is not None
    calls = _count_choose(monkeypatch)
    found = {t: s.value for t, s in run_places("وصلت التعزيزات إلى الموصل أمس.")}
    assert found["الموصل"].country == "IQ" and not calls
    # after a place noun the candidates' types count: scored as before
    found = {t: s.value for t, s in run_places("وصلت التعزيزات إلى مدينة الموصل أمس.")}
    assert found["الموصل"].country == "IQ" and calls == ["الموصل"]


def test_the_table_is_keyed_by_the_code_that_makes_candidates_and_scores_them() -> None:
    from pathlib import Path

    from rasad.gazetteer import first_choices
    from rasad.resources import _code_closure

    closure = {p.name for p, _ in _code_closure(Path(first_choices.__file__))}
    assert {"first_choices.py", "resolve.py", "index.py", "geo.py"} <= closure


def test_with_the_cache_off_names_are_scored_as_they_come(monkeypatch) -> None:
    from rasad.gazetteer import first_choices as fc
    from rasad.gazetteer.index import default_index

    monkeypatch.setenv("RASAD_NO_CACHE", "1")
    monkeypatch.setattr(fc, "_TABLES", {})
    monkeypatch.setattr(fc, "build_choices", lambda index: pytest.fail("built uncached"))
    assert fc.first_choices(default_index()) is None
