"""What keeps the places stage's find loop cheap (see the comments in stage.py)."""

from __future__ import annotations

import pytest

from rasad.gazetteer import stage

from .conftest import run_places


def _count_next_word(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = stage._next_word

    def counted(*args: object, **kwargs: object):
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stage, "_next_word", counted)
    return calls


def test_a_common_word_in_no_list_is_dropped_before_the_word_after_it_is_read(monkeypatch):
    calls = _count_next_word(monkeypatch)
    # "حديثة" (recent; also Haditha) with no "و" or comma next to it: no place, and
    # _next_word is never asked about it (it is read only for "الرمادي")
    found = [t for t, _ in run_places("أكد في تصريحات حديثة أن الوضع في الرمادي هادئ.")]
    assert "حديثة" not in found and "الرمادي" in found
    assert len(calls) == 1


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات عنيفة في حديثة وهيت.",  # a word opening with "و" after it
        "اندلعت اشتباكات عنيفة في حديثة، هيت وعانة.",  # a comma after it
        "اندلعت اشتباكات عنيفة في الرمادي وحديثة.",  # "و" glued before it
    ],
)
def test_a_common_word_next_to_a_list_mark_is_still_read_as_a_list_member(text):
    found = {t: s.value for t, s in run_places(text)}
    assert found["حديثة"].admin1 == "Anbar"
