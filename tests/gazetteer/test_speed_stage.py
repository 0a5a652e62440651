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


def _count(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(stage, name)

    def counted(*args: object, **kwargs: object):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(stage, name, counted)
    return calls


def test_the_country_adjective_rules_read_only_a_word_that_is_a_country_adjective(monkeypatch):
    other = _count(monkeypatch, "adjective_of_other_country")
    own = _count(monkeypatch, "entries_of_adjective_country")
    # names followed by words that are no country's adjective: neither rule is asked
    found = [t for t, _ in run_places("وصل الوفد إلى طرابلس أمس ثم زار صور برفقة الوزير.")]
    assert "طرابلس" in found
    assert other == [] and own == []
    # "طرابلس اللبنانية": the adjective narrows the name to Lebanon's Tripoli
    places = run_places("وصل الوفد إلى طرابلس اللبنانية أمس.")
    assert [s.value.country for t, s in places if t == "طرابلس"] == ["LB"]
    assert own


def test_the_agreeing_adjective_rule_reads_only_a_name_in_ya_marbuta(monkeypatch):
    calls = _count(monkeypatch, "_agreeing_adjective")
    found = [t for t, _ in run_places("قال المسؤول إن الأوضاع الأمنية في الموصل مستقرة.")]
    assert "الموصل" in found and calls == []
    # "الحقبة الناصرية" (the Nasserist era): the adjective, not Nasiriyah; the rule is asked
    found = [t for t, _ in run_places("تحدث الكاتب عن الحقبة الناصرية في مصر.")]
    assert "الناصرية" not in found and calls
