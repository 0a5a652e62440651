"""Per-word verdict tables of the context rules (``context.word_table``)."""

from __future__ import annotations

from rasad.gazetteer.context import word_table


class _Cues:
    links = frozenset({"في", "قرب"})


def _is_link(word: str, cues: _Cues) -> bool:
    calls.append(word)
    return word in cues.links


calls: list[str] = []


def test_a_word_is_judged_once_then_read_from_the_table() -> None:
    cues = _Cues()
    table = word_table(_is_link, cues)
    calls.clear()
    assert all(map(table.__getitem__, ["في", "قرب", "في"]))
    assert not table["مدينة"]
    assert calls == ["في", "قرب", "مدينة"]  # "في" judged once
    assert word_table(_is_link, cues) is table


def test_each_cues_object_has_its_own_table() -> None:
    other = _Cues()
    other.links = frozenset({"مدينة"})
    assert word_table(_is_link, other)["مدينة"]
    assert not word_table(_is_link, _Cues())["مدينة"]


def test_role_cues_of_a_word_are_read_once_with_its_proclitics() -> None:
    from rasad.arabic.normalize import normalize_key
    from rasad.gazetteer.cues import load_cues
    from rasad.gazetteer.roles import _cue_kinds

    kinds = word_table(_cue_kinds, load_cues())
    # (pact name, destination, "من", origin, event location)
    assert kinds[normalize_key("وإلى")] == (False, True, False, False, False)
    assert kinds[normalize_key("ومن")][2:4] == (True, True)
    assert kinds[normalize_key("في")] == (False, False, False, False, True)
    assert not any(kinds[normalize_key("المدرسة")])
