"""Vowel marks that tell two homographs apart: "عُمان" (a damma on the ع) is Oman, "عمّان" (a
shadda on the م) is Amman. Normalised, both are "عمان", and the resolver then prefers the
capital; a writer who bothers to vowel the name has said which one is meant.

The spelling of the hamza seat tells some apart too: "مآرب" (with madda) is the plural noun
"aims" ("تحقيق مآربهم"), Marib is written "مأرب".

The table is ``vowelled_names`` in cues.yaml: a spelling, its letters as written (alef forms
not merged) and its vowel marks, → the country its place lies in, or "none" for a word that is
no place. A mention whose own text has the spelling's letters and every one of its marks, on
the same letters, keeps only its candidates in that country (when it has any)."""

from __future__ import annotations

from functools import lru_cache

from rasad.arabic.normalize import normalize_key
from rasad.gazetteer.resolve import Mention

_NO_PLACE = "none"
_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")  # tanween .. sukun


def _marked(s: str) -> tuple[str, frozenset[tuple[int, str]]]:
    """The letters of ``s`` and its marks as (index of the letter they sit on, mark)."""
    letters: list[str] = []
    marks: set[tuple[int, str]] = set()
    for ch in s:
        if ch in _MARKS:
            if letters:
                marks.add((len(letters) - 1, ch))
        elif ch != "\u0640":  # tatweel
            letters.append(ch)
    return "".join(letters), frozenset(marks)


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[str, frozenset[tuple[int, str]], str]]]:
    from rasad.resources import load_yaml

    out: dict[str, list[tuple[str, frozenset[tuple[int, str]], str]]] = {}
    for spelling, country in load_yaml("gazetteer/cues.yaml")["vowelled_names"].items():
        letters, marks = _marked(str(spelling))
        out.setdefault(normalize_key(letters), []).append((letters, marks, str(country)))
    return out


def choose_by_vowels(mentions: list[Mention], text: str) -> list[Mention]:
    """Narrow each vowelled homograph's candidates to the country its marks name; drop a
    spelling that is no place's."""
    table = _table()
    words: list[Mention] = []
    for m in mentions:
        spellings = table.get(m.key)
        if not spellings:
            continue
        letters, marks = _marked(text[m.start : m.end])
        for spelled, need, country in spellings:
            shift = len(letters) - len(spelled)  # a proclitic inside the span ("بعُمان")
            if letters.endswith(spelled) and all((i + shift, mk) in marks for i, mk in need):
                if country == _NO_PLACE:
                    words.append(m)
                    break
                own = [e for e in m.candidates if e.country == country]
                if own:
                    m.candidates = own
                    m.extra["nisba"] = country  # the choices cached per narrowing (passes.py)
                break
    if not words:
        return mentions
    dropped = {id(m) for m in words}
    return [m for m in mentions if id(m) not in dropped]
